/**
 * The Alignments tab: who stands with whom, as an actor × actor matrix over the current view.
 * Actors are ordered so that allies sit next to each other (each next actor is the strongest ally
 * of the one before), which clusters the blocs along the diagonal. A cell shows how many positions
 * the pair agrees (+) and disagrees (−) on, in colour-blind-safe blue and vermilion, disagreement
 * also dashed, deeper with more evidence. Clicking a cell lists those positions with both sides'
 * quotes. A matrix rather than a node-link graph: it reads the same for 5 actors and for 60, and
 * every pair has a fixed place to look.
 */
import type { KnowledgeGraph } from "../model/graph.js";
import { sideOf } from "../model/graph.js";
import { computeAlignments, type Alignment, type SharedPosition } from "../query/alignments.js";
import { evidenceInView, type VisibleView } from "../view/filters.js";
import { el } from "./dom.js";
import { nodeButton, quoteList, TableTab } from "./widgets.js";

/** Beyond this many actors the matrix would be unreadable; the note says what is left out. */
const MAX_ACTORS = 60;

export class AlignmentsView extends TableTab {
  show(data: KnowledgeGraph, view: VisibleView): void {
    const pairs = computeAlignments(data, { within: { edges: view.edges } });
    const order = clusteredOrder(pairs);
    const actors = order.slice(0, MAX_ACTORS);
    const shown = new Set(actors);
    this.details.replaceChildren();
    this.note.textContent = pairs.length
      ? `${pairs.length} pairs of actors share a position; ${order.length} actors${order.length > actors.length ? `, showing the ${actors.length} most engaged` : ""}. + agree, − disagree; click a cell for the positions and quotes.`
      : "No two actors hold a stance on the same position with the current filters.";
    if (!pairs.length) {
      this.scroller.replaceChildren();
      return;
    }
    const byPair = new Map(pairs.filter((p) => shown.has(p.a) && shown.has(p.b)).flatMap((p) => [[`${p.a}\u0000${p.b}`, p], [`${p.b}\u0000${p.a}`, p]] as const));
    const label = (node: string) => data.getNodeAttribute(node, "label");
    const strongest = Math.max(...pairs.map((p) => Math.max(p.agreement, p.disagreement)));
    const head = el("tr", {}, [
      el("th", { className: "corner", attrs: { scope: "col" } }, ["Actor"]),
      ...actors.map((actor) => el("th", { className: "actor", attrs: { scope: "col" } }, [nodeButton(actor, label(actor), this.select)])),
    ]);
    const rows = actors.map((row) =>
      el("tr", {}, [
        el("th", { attrs: { scope: "row" } }, [nodeButton(row, label(row), this.select)]),
        ...actors.map((column) => {
          const pair = row === column ? undefined : byPair.get(`${row}\u0000${column}`);
          return pair ? this.cell(data, view, pair, row, strongest) : el("td", { className: row === column ? "self" : "" });
        }),
      ]),
    );
    this.scroller.replaceChildren(el("table", { className: "matrix alignments" }, [el("caption", {}, ["Who agrees (+) and disagrees (−) with whom, over the positions both hold a stance on"]), el("thead", {}, [head]), el("tbody", {}, rows)]));
  }

  private cell(data: KnowledgeGraph, view: VisibleView, pair: Alignment, row: string, strongest: number): HTMLTableCellElement {
    const [first, second] = pair.a === row ? [pair.aLabel, pair.bLabel] : [pair.bLabel, pair.aLabel];
    const says = `${first} and ${second}: agree on ${pair.agreements.length}, disagree on ${pair.disagreements.length}`;
    const marks = [pair.agreements.length ? `+${pair.agreements.length}` : "", pair.disagreements.length ? `−${pair.disagreements.length}` : ""].filter(Boolean).join(" ");
    const button = el("button", { title: says, attrs: { type: "button", "aria-label": says } }, [marks]);
    button.addEventListener("click", () => this.open(data, view, pair, row));
    const net = pair.agreement - pair.disagreement;
    const cell = el("td", { className: `cell ${net > 0 ? "agree" : net < 0 ? "disagree" : "mixed"}`, attrs: { "data-pair": `${pair.aLabel}|${pair.bLabel}` } }, [button]);
    // Deeper with more evidence behind the stronger side.
    cell.style.setProperty("--strength", String(0.25 + (0.75 * Math.max(pair.agreement, pair.disagreement)) / strongest));
    return cell;
  }

  private open(data: KnowledgeGraph, view: VisibleView, pair: Alignment, row: string): void {
    const mine = pair.a === row;
    const [first, second] = mine ? [pair.aLabel, pair.bLabel] : [pair.bLabel, pair.aLabel];
    const item = (shared: SharedPosition) => {
      const [own, theirs] = mine ? [shared.a, shared.b] : [shared.b, shared.a];
      return el("li", {}, [
        nodeButton(shared.node, shared.label, this.select),
        el("span", { className: "meta" }, [` — ${first} ${own.relation} (${sideOf(own.relation)}), ${second} ${theirs.relation} (${sideOf(theirs.relation)})`]),
        // One sentence often gives both sides ("Kiev has rejected Russia's key demand…"): each quote once.
        quoteList(data, [...new Map([...evidenceInView(view, own.evidence), ...evidenceInView(view, theirs.evidence)].map((e) => [`${e.doc}\u0000${e.quote}`, e])).values()]),
      ]);
    };
    const section = (heading: string, shared: SharedPosition[]) => (shared.length ? [el("h4", {}, [heading]), el("ul", { className: "shared-positions" }, shared.map(item))] : []);
    this.details.replaceChildren(
      el("h3", {}, [`${first} and ${second}`]),
      ...section(`Agree on ${pair.agreements.length}`, pair.agreements),
      ...section(`Disagree on ${pair.disagreements.length}`, pair.disagreements),
    );
    this.details.scrollIntoView({ block: "nearest" });
  }
}

/**
 * Actors in an order that puts allies side by side: start from the most engaged actor, then take
 * each time the not yet placed actor with the strongest net agreement with the last one placed
 * (the most engaged of the rest when none agrees).
 */
export function clusteredOrder(pairs: readonly Alignment[]): string[] {
  const engaged = new Map<string, number>();
  const net = new Map<string, number>();
  for (const p of pairs) {
    for (const actor of [p.a, p.b]) engaged.set(actor, (engaged.get(actor) ?? 0) + p.agreement + p.disagreement);
    net.set(`${p.a}\u0000${p.b}`, p.agreement - p.disagreement).set(`${p.b}\u0000${p.a}`, p.agreement - p.disagreement);
  }
  const rest = [...engaged.keys()].sort((x, y) => engaged.get(y)! - engaged.get(x)! || (x < y ? -1 : 1));
  const order: string[] = [];
  while (rest.length) {
    const last = order[order.length - 1];
    let pick = 0;
    if (last !== undefined) {
      let best = 0;
      rest.forEach((actor, k) => {
        const n = net.get(`${last}\u0000${actor}`) ?? 0;
        if (n > best) [best, pick] = [n, k];
      });
    }
    order.push(rest.splice(pick, 1)[0]!);
  }
  return order;
}
