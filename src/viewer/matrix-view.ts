/**
 * The stance matrix tab: positions (rows, most contested first) × actors (columns), each cell
 * marked with the letters of its relations (D, R, P) on the relation's colour. A cell opens its
 * quotes below the table; a row or column heading selects that node in the graph.
 */
import type { KnowledgeGraph } from "../model/graph.js";
import { STANCE_MARKS } from "../model/appearance.js";
import { evidenceInView, type VisibleView } from "../view/filters.js";
import { cellKey, stanceMatrix, type MatrixCell } from "../view/matrix.js";
import { el } from "./dom.js";
import { nodeButton, quoteList, TableTab } from "./widgets.js";

/** Beyond these, the table would be unreadable and slow to lay out; the note says what is left out. */
const MAX_ACTORS = 60;
const MAX_POSITIONS = 250;

export class MatrixView extends TableTab {
  show(data: KnowledgeGraph, view: VisibleView): void {
    const matrix = stanceMatrix(data, view);
    const actors = matrix.actors.slice(0, MAX_ACTORS);
    const positions = matrix.positions.slice(0, MAX_POSITIONS);
    const cut = matrix.actors.length > actors.length || matrix.positions.length > positions.length;
    this.note.textContent = matrix.positions.length
      ? `${matrix.positions.length} positions × ${matrix.actors.length} actors${cut ? `; showing the ${positions.length} most contested × the ${actors.length} most active` : ""}. Click a cell for its quotes; an outlined cell is the stance of the state the person speaks for.`
      : "No stances with the current filters.";
    this.details.replaceChildren();
    if (!matrix.positions.length) {
      this.scroller.replaceChildren();
      return;
    }
    const head = el("tr", {}, [
      el("th", { className: "corner", attrs: { scope: "col" } }, ["Position"]),
      ...actors.map((actor) => el("th", { className: "actor", attrs: { scope: "col" } }, [nodeButton(actor.node, actor.label, this.select)])),
    ]);
    const rows = positions.map((position) =>
      el("tr", {}, [
        el("th", { attrs: { scope: "row" } }, [
          nodeButton(position.node, position.label, this.select),
          el("span", { className: "meta" }, [` ${position.supporters} for · ${position.opponents} against`]),
        ]),
        ...actors.map((actor) => {
          const cell = matrix.cells.get(cellKey(actor.node, position.node));
          return cell ? this.cell(data, view, actor.label, position.label, cell) : el("td", {});
        }),
      ]),
    );
    this.scroller.replaceChildren(el("table", { className: "matrix" }, [el("caption", {}, ["Who demanded (D), rejected (R) or proposed (P) what"]), el("thead", {}, [head]), el("tbody", {}, rows)]));
  }

  private cell(data: KnowledgeGraph, view: VisibleView, actor: string, position: string, cell: MatrixCell): HTMLTableCellElement {
    const marks = cell.relations.map((r) => STANCE_MARKS[r]).join("/");
    const says = `${actor} ${cell.relations.join(" and ")} ${position}${cell.via ? ` (as ${cell.via})` : ""}`;
    const button = el("button", { title: says, attrs: { type: "button", "aria-label": says } }, [marks]);
    button.addEventListener("click", () => this.open(data, view, says, cell));
    return el("td", { className: `cell ${cell.relations.join(" ")}${cell.via ? " via" : ""}`, attrs: { "data-relations": cell.relations.join(" ") } }, [button]);
  }

  private open(data: KnowledgeGraph, view: VisibleView, says: string, cell: MatrixCell): void {
    const evidence = cell.edges.flatMap((edge) => evidenceInView(view, data.getEdgeAttribute(edge, "evidence")));
    this.details.replaceChildren(el("h3", {}, [says]), quoteList(data, evidence));
    this.details.scrollIntoView({ block: "nearest" });
  }

}
