/**
 * The side panel of the selected node: who it is, and its stances grouped by relation and
 * direction, each expandable to its quotes. The list is `queryNeighbours`, the function behind
 * `kg neighbours`.
 */
import type { KnowledgeGraph } from "../model/graph.js";
import { groupHeading, linkDetails, queryNeighbours, type NeighbourLink } from "../query/neighbours.js";
import type { ViewFilters } from "../view/filters.js";
import { el } from "./dom.js";

export interface PanelActions {
  select(node: string): void;
  close(): void;
}

export function renderPanel(container: HTMLElement, data: KnowledgeGraph, node: string, filters: ViewFilters, actions: PanelActions): void {
  const a = data.getNodeAttributes(node);
  const result = queryNeighbours(data, node, { relations: filters.relations, minConfidence: filters.minConfidence });
  const affiliations = result.groups.filter((g) => g.relation === "affiliated_with" && g.direction === "out").flatMap((g) => g.links);
  const close = el("button", { className: "close", title: "Close the panel (Escape)", attrs: { type: "button", "aria-label": "Close panel" } }, ["×"]);
  close.addEventListener("click", () => actions.close());

  const facts = el("dl", { className: "facts" }, [
    el("dt", {}, ["Kind"]),
    el("dd", {}, [a.kind]),
    a.title ? el("dt", {}, ["Title"]) : null,
    a.title ? el("dd", {}, [a.title]) : null,
    affiliations.length ? el("dt", {}, ["Affiliation"]) : null,
    affiliations.length ? el("dd", {}, affiliations.map((l, i) => el("span", {}, [i ? ", " : "", nodeButton(l.node, l.label, actions)]))) : null,
    a.aliases.length ? el("dt", {}, ["Also called"]) : null,
    a.aliases.length ? el("dd", {}, [a.aliases.join(", ")]) : null,
    el("dt", {}, ["Mentions"]),
    el("dd", {}, [String(a.mentions)]),
    a.docs.length ? el("dt", {}, [`Documents (${a.docs.length})`]) : null,
    a.docs.length ? el("dd", {}, [el("ul", { className: "docs" }, a.docs.map((d) => el("li", {}, [d])))]) : null,
  ]);

  const groups = result.groups
    .filter((g) => !(g.relation === "affiliated_with" && g.direction === "out"))
    .map((group) =>
      el("section", { className: "group", attrs: { "data-relation": group.relation, "data-direction": group.direction } }, [
        el("h3", {}, [`${capitalise(groupHeading(group))} (${group.links.length})`]),
        el("ul", {}, group.links.map((link) => linkItem(link, actions))),
      ]),
    );

  container.replaceChildren(
    close,
    el("h2", { id: "panel-title", attrs: { tabindex: "-1" } }, [a.label]),
    facts,
    ...(groups.length ? groups : [el("p", { className: "empty" }, ["No stances or links with the current filters."])]),
  );
}

function linkItem(link: NeighbourLink, actions: PanelActions): HTMLLIElement {
  const quotes = el(
    "ul",
    { className: "quotes" },
    link.evidence.map((e) => el("li", {}, [el("blockquote", {}, [e.quote]), el("cite", {}, [e.date ? `${e.doc}, ${e.date}` : e.doc])])),
  );
  return el("li", { attrs: { "data-node": link.node } }, [
    el("details", {}, [
      el("summary", {}, [link.label, el("span", { className: "meta" }, [` · ${link.kind} · ${linkDetails(link)}`])]),
      nodeButton(link.node, `Go to ${link.kind}`, actions),
      quotes,
    ]),
  ]);
}

function nodeButton(node: string, text: string, actions: PanelActions): HTMLButtonElement {
  const button = el("button", { className: "link", attrs: { type: "button" } }, [text]);
  button.addEventListener("click", () => actions.select(node));
  return button;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
