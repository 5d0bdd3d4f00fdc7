/** Pieces the panel, the matrix and the claims table share: quotes with their source, links to nodes. */
import type { Evidence, KnowledgeGraph } from "../model/graph.js";
import { el } from "./dom.js";

/** "Headline · Outlet, 2025-12-07": the headline where the build found one, else the file name. */
export function sourceLine(data: KnowledgeGraph, evidence: Evidence): string {
  const title = data.getAttribute("headlines")?.[evidence.doc] ?? evidence.doc;
  const outlet = data.getAttribute("outlets")?.[evidence.doc];
  return [outlet ? `${title} · ${outlet}` : title, evidence.date].filter(Boolean).join(", ");
}

export function quoteList(data: KnowledgeGraph, evidence: readonly Evidence[]): HTMLUListElement {
  return el(
    "ul",
    { className: "quotes" },
    evidence.map((e) => el("li", {}, [el("blockquote", {}, [e.quote]), el("cite", { title: e.doc }, [sourceLine(data, e)])])),
  );
}

/** A link-styled button that selects a node in the graph. */
export function nodeButton(node: string, text: string, select: (node: string) => void, title = `Show ${text} in the graph`): HTMLButtonElement {
  const button = el("button", { className: "link", title, attrs: { type: "button", "data-node": node } }, [text]);
  button.addEventListener("click", () => select(node));
  return button;
}

/** What a tab's table view is drawn into: a note on what is shown, the scrolling table, and the details a cell opens. */
export abstract class TableTab {
  protected readonly note = el("p", { className: "view-note", attrs: { "aria-live": "polite" } });
  protected readonly scroller = el("div", { className: "matrix-scroll" });
  protected readonly details = el("section", { className: "matrix-quotes", attrs: { "aria-live": "polite" } });

  constructor(
    container: HTMLElement,
    protected readonly select: (node: string) => void,
  ) {
    container.replaceChildren(this.note, this.scroller, this.details);
  }
}
