/**
 * The claims tab: every stance of the view with its quote, document and date, searchable and
 * sortable, exported as CSV. Rows come from `listClaims`, so the filters apply as everywhere else.
 */
import type { KnowledgeGraph } from "../model/graph.js";
import { STANCE_MARKS } from "../model/appearance.js";
import { CLAIM_COLUMNS, changedClaims, claimsToCsv, listClaims, searchClaims, sortClaims, type ClaimColumn, type ClaimOrder, type ClaimRow } from "../view/claims.js";
import type { VisibleView } from "../view/filters.js";
import { download, el } from "./dom.js";
import { nodeButton } from "./widgets.js";

/** Rows put in the page at once; the search narrows the rest. */
const MAX_ROWS = 500;

export interface ClaimsActions {
  select(node: string): void;
}

export class ClaimsView {
  private readonly search = el("input", { id: "claims-search", attrs: { type: "search", placeholder: "actor, position, quote or document", "aria-label": "Search the claims" } });
  private readonly exportButton = el("button", { id: "claims-csv", attrs: { type: "button" } }, ["Export CSV"]);
  private readonly changedOnly = el("input", { id: "claims-changed", attrs: { type: "checkbox" } });
  private readonly count = el("span", { className: "view-note", attrs: { "aria-live": "polite" } });
  private readonly headerRow = el("tr");
  private readonly body = el("tbody");
  private order: ClaimOrder = { column: "actor", descending: false };
  private rows: ClaimRow[] = [];
  private shown: ClaimRow[] = [];

  constructor(
    container: HTMLElement,
    private readonly actions: ClaimsActions,
  ) {
    this.search.addEventListener("input", () => this.render());
    this.changedOnly.addEventListener("change", () => this.render());
    this.exportButton.addEventListener("click", () => download("claims.csv", claimsToCsv(this.shown), "text/csv"));
    for (const column of CLAIM_COLUMNS) {
      const button = el("button", { attrs: { type: "button", "data-sort": column } }, [column]);
      button.addEventListener("click", () => {
        this.order = { column, descending: this.order.column === column ? !this.order.descending : false };
        this.render();
      });
      this.headerRow.append(el("th", { attrs: { scope: "col", "data-column": column } }, [button]));
    }
    container.replaceChildren(
      el("div", { className: "claims-tools" }, [
        this.search,
        el("label", { title: "Only the stances of actors that took both sides of one position" }, [this.changedOnly, " changed"]),
        this.exportButton,
        this.count,
      ]),
      el("div", { className: "claims-scroll" }, [el("table", { className: "claims" }, [el("thead", {}, [this.headerRow]), this.body])]),
    );
  }

  show(data: KnowledgeGraph, view: VisibleView): void {
    this.rows = listClaims(data, view);
    this.render();
  }

  private render(): void {
    this.shown = sortClaims(searchClaims(this.changedOnly.checked ? changedClaims(this.rows) : this.rows, this.search.value), this.order);
    for (const th of this.headerRow.children) {
      const column = th.getAttribute("data-column") as ClaimColumn;
      th.setAttribute("aria-sort", column === this.order.column ? (this.order.descending ? "descending" : "ascending") : "none");
    }
    const visible = this.shown.slice(0, MAX_ROWS);
    this.count.textContent = `${this.shown.length} of ${this.rows.length} claims${this.shown.length > visible.length ? `; the first ${visible.length} shown, search to narrow` : ""}`;
    this.body.replaceChildren(...visible.map((row) => this.row(row)));
  }

  private row(row: ClaimRow): HTMLTableRowElement {
    return el("tr", { attrs: { "data-edge": row.edge } }, [
      el("td", {}, [nodeButton(row.actor, row.actorLabel, this.actions.select)]),
      el("td", { className: `relation ${row.relation}` }, [el("span", { className: "mark", attrs: { "aria-hidden": "true" } }, [STANCE_MARKS[row.relation]]), ` ${row.relation}`]),
      el("td", {}, [nodeButton(row.position, row.positionLabel, this.actions.select)]),
      el("td", { className: "quote" }, [row.quote]),
      el("td", { title: row.doc }, [row.docTitle, row.outlet ? el("span", { className: "meta" }, [` · ${row.outlet}`]) : null]),
      el("td", { className: "date" }, [row.date ?? ""]),
      el("td", { className: "number" }, [row.confidence.toFixed(2)]),
    ]);
  }

}
