/**
 * The side panel of the selected node: who it is, its stances grouped by relation and direction
 * (each expandable to its quotes), and for a place, state or organisation who wants what about it.
 * The lists are `queryNeighbours` (the function behind `kg neighbours`) and `actorsBehind`, both
 * held to the current view: its edges, and quotes from its documents.
 */
import type { KnowledgeGraph } from "../model/graph.js";
import { STANCE_MARKS } from "../model/appearance.js";
import { actorsBehind, groupHeading, linkDetails, queryNeighbours, stanceTimeline, type NeighbourLink, type StanceChange, type TimelineEntry } from "../query/neighbours.js";
import type { VisibleView } from "../view/filters.js";
import { el } from "./dom.js";
import { nodeButton, quoteList } from "./widgets.js";

export interface PanelActions {
  select(node: string): void;
  close(): void;
  depth(depth: number): void;
}

export function renderPanel(container: HTMLElement, data: KnowledgeGraph, node: string, view: VisibleView, depth: number, actions: PanelActions): void {
  const a = data.getNodeAttributes(node);
  const result = queryNeighbours(data, node, { depth, within: view });
  const affiliations = result.groups.filter((g) => g.relation === "affiliated_with" && g.direction === "out").flatMap((g) => g.links);
  const close = el("button", { className: "close", title: "Close the panel (Escape)", attrs: { type: "button", "aria-label": "Close panel" } }, ["×"]);
  close.addEventListener("click", () => actions.close());
  const depthChoice = el("select", { id: "panel-depth", attrs: { "aria-label": "Neighbourhood depth" } }, [1, 2].map((d) => el("option", { attrs: { value: String(d) } }, [d === 1 ? "direct links" : "two hops"])));
  depthChoice.value = String(depth);
  depthChoice.addEventListener("change", () => actions.depth(Number(depthChoice.value)));
  const behind = a.kind === "position" ? [] : actorsBehind(data, node, { within: view });

  // A graph from another tool has placeholder kinds and relations: its own attributes say what a node is.
  const plain = data.getAttribute("plain") === true;
  const facts = el("dl", { className: "facts" }, [
    plain ? null : el("dt", {}, ["Kind"]),
    plain ? null : el("dd", {}, [a.kind]),
    ...Object.entries(a.extra ?? {}).flatMap(([name, value]) => [el("dt", {}, [name]), el("dd", {}, [value])]),
    a.title ? el("dt", {}, ["Title"]) : null,
    a.title ? el("dd", {}, [a.title]) : null,
    affiliations.length ? el("dt", {}, ["Affiliation"]) : null,
    affiliations.length ? el("dd", {}, affiliations.map((l, i) => el("span", {}, [i ? ", " : "", nodeButton(l.node, l.label, actions.select)]))) : null,
    a.aliases.length ? el("dt", {}, ["Also called"]) : null,
    a.aliases.length ? el("dd", {}, [a.aliases.join(", ")]) : null,
    el("dt", {}, ["Mentions"]),
    el("dd", {}, [String(a.mentions)]),
    a.docs.length ? el("dt", {}, [`Documents (${a.docs.length})`]) : null,
    a.docs.length ? el("dd", {}, [el("ul", { className: "docs" }, a.docs.map((d) => el("li", { title: d }, [data.getAttribute("headlines")?.[d] ?? d])))]) : null,
    el("dt", {}, [el("label", { attrs: { for: "panel-depth" } }, ["Show"])]),
    el("dd", {}, [depthChoice]),
  ]);
  const wantsAbout = behind.length
    ? el("section", { className: "group behind" }, [
        el("h3", {}, [`Who wants what about ${a.label} (${behind.length})`]),
        el("ul", {}, behind.map((b) =>
          el("li", { attrs: { "data-node": b.actor } }, [
            el("details", {}, [
              el("summary", {}, [el("span", { className: `mark ${b.relation}`, attrs: { "aria-hidden": "true" } }, [STANCE_MARKS[b.relation]]), ` ${b.actorLabel} ${b.relation} ${b.positionLabel}`]),
              nodeButton(b.actor, `Go to ${b.actorLabel}`, actions.select),
              " · ",
              nodeButton(b.position, "Go to the position", actions.select),
              quoteList(data, b.evidence),
            ]),
          ]),
        )),
      ])
    : null;

  const groups = result.groups
    .filter((g) => !(g.relation === "affiliated_with" && g.direction === "out"))
    .map((group) =>
      el("section", { className: "group", attrs: { "data-relation": group.relation, "data-direction": group.direction } }, [
        el("h3", {}, [`${capitalise(plain ? (group.direction === "out" ? "links to" : "linked from") : groupHeading(group))} (${group.links.length})`]),
        el("ul", {}, group.links.map((link) => linkItem(data, link, actions))),
      ]),
    );

  container.replaceChildren(
    el("h2", { id: "panel-title", attrs: { tabindex: "-1" } }, [a.label]),
    close,
    facts,
    ...timeline(data, node, view, result.changes, actions),
    ...(wantsAbout ? [wantsAbout] : []),
    ...(groups.length || wantsAbout ? groups : [el("p", { className: "empty" }, ["No stances or links with the current filters."])]),
  );
}

/**
 * An actor's stances in time (a position: who took which side when), one line per dated quote,
 * each change of side marked with both dates; undated quotes listed apart, never placed in time.
 */
function timeline(data: KnowledgeGraph, node: string, view: VisibleView, changes: readonly StanceChange[], actions: PanelActions): HTMLElement[] {
  const { dated, undated } = stanceTimeline(data, node, { within: view });
  if (!dated.length && !undated.length) return [];
  const position = data.getNodeAttribute(node, "kind") === "position";
  const entry = (e: TimelineEntry) =>
    el("li", { attrs: { "data-date": e.date ?? "" } }, [
      el("details", {}, [
        el("summary", {}, [e.date ? el("time", { attrs: { datetime: e.date } }, [e.date]) : null, el("span", { className: `mark ${e.relation}`, attrs: { "aria-hidden": "true" } }, [STANCE_MARKS[e.relation]]), ` ${position ? `${e.label} ${e.relation}` : `${e.relation} ${e.label}`}`]),
        nodeButton(e.node, `Go to ${e.label}`, actions.select),
        quoteList(data, [{ doc: e.doc, quote: e.quote, ...(e.date ? { date: e.date } : {}) }]),
      ]),
    ]);
  const changed = changes.filter((c) => c.from && c.to);
  return [
    el("section", { className: "group timeline" }, [
      el("h3", {}, [`Timeline (${dated.length} dated)`]),
      ...changed.map((c) => el("p", { className: "changed" }, [`Changed on ${c.label}: ${c.from!.relation} ${c.from!.date} → ${c.to!.relation} ${c.to!.date}`])),
      el("ol", {}, dated.map(entry)),
      ...(undated.length ? [el("h4", {}, [`Undated (${undated.length})`]), el("ul", { className: "undated" }, undated.map(entry))] : []),
    ]),
  ];
}

function linkItem(data: KnowledgeGraph, link: NeighbourLink, actions: PanelActions): HTMLLIElement {
  return el("li", { attrs: { "data-node": link.node } }, [
    el("details", {}, [
      el("summary", {}, [link.label, el("span", { className: "meta" }, [` · ${link.kind} · ${linkDetails(link)}, confidence ${link.confidence.toFixed(2)}`])]),
      nodeButton(link.node, `Go to ${link.kind}`, actions.select),
      quoteList(data, link.evidence),
    ]),
  ]);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
