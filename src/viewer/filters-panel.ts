/**
 * Legend and filters in one: each node kind and relation of the graph has its colour, its count in
 * the current view and a checkbox (kinds and relations the graph lacks are not listed). Below: the
 * context toggle, documents by headline and date, minimum weight and confidence, appearance.
 */
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../model/graph.js";
import { DASHED_RELATIONS, KIND_COLORS, RELATION_COLORS, rgb } from "../model/appearance.js";
import type { ViewFilters, VisibleView } from "../view/filters.js";
import { el } from "./dom.js";
import type { ColourMeasure, SizeMeasure } from "./settings.js";

export interface FilterEvents {
  filters(filters: ViewFilters): void;
  appearance(sizeBy: SizeMeasure, colourBy: ColourMeasure): void;
  labelDensity(density: number): void;
}

/** A document as the list shows it. */
export interface DocumentEntry {
  name: string;
  headline?: string;
  outlet?: string;
  date?: string;
}

export class FiltersPanel {
  private readonly kindBoxes = new Map<NodeKind, { box: HTMLInputElement; count: HTMLElement }>();
  private readonly relationBoxes = new Map<Relation, { box: HTMLInputElement; count: HTMLElement }>();
  private docBoxes = new Map<string, HTMLInputElement>();
  private readonly docList = el("div", { className: "doc-list" });
  private readonly minWeight = el("input", { id: "min-weight", attrs: { type: "number", min: "1", step: "1", value: "1" } });
  private readonly minConfidence = el("input", { id: "min-confidence", attrs: { type: "range", min: "0", max: "1", step: "0.05", value: "0" } });
  private readonly confidenceOutput = el("output", { attrs: { for: "min-confidence" } }, ["0.00"]);
  private readonly sizeBy = el("select", { id: "size-by" }, [el("option", { attrs: { value: "mentions" } }, ["mentions"]), el("option", { attrs: { value: "degree" } }, ["degree"])]);
  private readonly colourBy = el("select", { id: "colour-by" }, [el("option", { attrs: { value: "kind" } }, ["kind"]), el("option", { attrs: { value: "community" } }, ["community"])]);
  private readonly labelDensity = el("input", { id: "label-density", attrs: { type: "range", min: "0.2", max: "3", step: "0.1" } });
  private readonly context = el("input", { id: "show-context", attrs: { type: "checkbox" } });
  private readonly from = el("input", { id: "date-from", attrs: { type: "date" } });
  private readonly to = el("input", { id: "date-to", attrs: { type: "date" } });
  private readonly dates = el("fieldset", { className: "dates", attrs: { hidden: "" } }, [
    el("legend", {}, ["Dates"]),
    el("label", {}, ["From ", this.from]),
    el("label", {}, ["To ", this.to]),
    el("p", { className: "meta" }, ["Quotes without a date are left out while a date is set."]),
  ]);
  private readonly totals = el("p", { className: "totals", attrs: { "aria-live": "polite" } });

  constructor(container: HTMLElement, private readonly events: FilterEvents) {
    const kinds = NODE_KINDS.map((kind) => this.row(kind, rgb(KIND_COLORS[kind]), "disc", this.kindBoxes));
    const relations = RELATIONS.map((relation) => this.row(relation, rgb(RELATION_COLORS[relation]), DASHED_RELATIONS.has(relation) ? "dashed" : "line", this.relationBoxes));
    const changed = () => this.events.filters(this.read());
    for (const control of [this.minWeight, this.minConfidence]) control.addEventListener("input", changed);
    this.minConfidence.addEventListener("input", () => (this.confidenceOutput.textContent = Number(this.minConfidence.value).toFixed(2)));
    const appearance = () => this.events.appearance(this.sizeBy.value as SizeMeasure, this.colourBy.value as ColourMeasure);
    this.sizeBy.addEventListener("change", appearance);
    this.colourBy.addEventListener("change", appearance);
    this.labelDensity.addEventListener("input", () => this.events.labelDensity(Number(this.labelDensity.value)));
    this.context.addEventListener("change", changed);
    for (const input of [this.from, this.to]) input.addEventListener("change", changed);
    container.replaceChildren(
      this.totals,
      el("fieldset", {}, [el("legend", {}, ["Relations"]), ...relations, el("label", { className: "context" }, [this.context, "Show context: “concerns” links and unlinked nodes"])]),
      el("fieldset", {}, [el("legend", {}, ["Node kinds"]), ...kinds]),
      el("fieldset", {}, [
        el("legend", {}, ["Strength"]),
        el("label", {}, ["Minimum weight ", this.minWeight]),
        el("label", {}, ["Minimum confidence ", this.minConfidence, " ", this.confidenceOutput]),
      ]),
      el("fieldset", {}, [el("legend", {}, ["Appearance"]), el("label", {}, ["Size by ", this.sizeBy]), el("label", {}, ["Colour by ", this.colourBy]), el("label", {}, ["Labels ", this.labelDensity])]),
      this.dates,
      el("fieldset", {}, [el("legend", {}, ["Documents (none ticked: all)"]), this.docList]),
    );
  }

  private row<K extends string>(name: K, colour: string, shape: "disc" | "line" | "dashed", boxes: Map<K, { box: HTMLInputElement; count: HTMLElement }>): HTMLLabelElement {
    const box = el("input", { attrs: { type: "checkbox", name, "data-filter": name } });
    box.checked = true;
    box.addEventListener("change", () => this.events.filters(this.read()));
    const count = el("span", { className: "count" });
    const swatch = el("span", { className: `swatch ${shape}`, attrs: { "aria-hidden": "true" } });
    swatch.style.setProperty("--swatch", colour);
    boxes.set(name, { box, count });
    return el("label", { className: "legend-row", attrs: { "data-row": name } }, [box, swatch, name.replace("_", " "), count]);
  }

  /** Lists the graph's documents, newest first where dated, and only the kinds and relations it has; dates only where the evidence has some. */
  setGraph(docs: readonly DocumentEntry[], kinds: ReadonlySet<NodeKind>, relations: ReadonlySet<Relation>, span: { first: string; last: string } | undefined, plain: boolean): void {
    // A graph from another tool has placeholder kinds and relations: nothing to tell apart by them.
    for (const { box } of [...this.kindBoxes.values(), ...this.relationBoxes.values()]) box.closest("fieldset")!.hidden = plain;
    this.dates.hidden = span === undefined;
    for (const input of [this.from, this.to]) {
      input.min = span?.first ?? "";
      input.max = span?.last ?? "";
    }
    for (const [kind, { box }] of this.kindBoxes) box.closest("label")!.hidden = !kinds.has(kind);
    for (const [relation, { box }] of this.relationBoxes) box.closest("label")!.hidden = !relations.has(relation);
    const sorted = [...docs].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || (a.headline ?? a.name).localeCompare(b.headline ?? b.name));
    this.docBoxes = new Map(sorted.map((doc) => [doc.name, el("input", { attrs: { type: "checkbox", "data-doc": doc.name } })]));
    this.docList.replaceChildren(
      ...sorted.map((doc) => {
        const box = this.docBoxes.get(doc.name)!;
        box.addEventListener("change", () => this.events.filters(this.read()));
        const meta = [doc.outlet, doc.date].filter(Boolean).join(", ");
        return el("label", { title: doc.name }, [box, el("span", {}, [doc.headline ?? doc.name, meta ? el("span", { className: "meta" }, [` · ${meta}`]) : null])]);
      }),
    );
  }

  /** Colouring by community needs `kg stats` to have written communities; without them the choice is disabled, saying why. */
  setCommunities(present: boolean): void {
    const option = this.colourBy.querySelector<HTMLOptionElement>('option[value="community"]')!;
    option.disabled = !present;
    option.textContent = present ? "community" : "community (run kg stats first)";
    if (!present) this.colourBy.value = "kind";
  }

  setAppearance(sizeBy: SizeMeasure, colourBy: ColourMeasure, labelDensity: number): void {
    this.sizeBy.value = sizeBy;
    this.colourBy.value = colourBy;
    this.labelDensity.value = String(labelDensity);
  }

  show(filters: ViewFilters, view: VisibleView): void {
    for (const [kind, { box, count }] of this.kindBoxes) {
      box.checked = filters.kinds.includes(kind);
      count.textContent = String(view.nodesByKind[kind]);
    }
    for (const [relation, { box, count }] of this.relationBoxes) {
      box.checked = filters.relations.includes(relation);
      count.textContent = String(view.edgesByRelation[relation]);
    }
    for (const [doc, box] of this.docBoxes) box.checked = filters.docs.includes(doc);
    this.context.checked = filters.context;
    this.from.value = filters.from ?? "";
    this.to.value = filters.to ?? "";
    const concerns = this.relationBoxes.get("concerns")!.box;
    concerns.disabled = !filters.context;
    this.minWeight.value = String(filters.minWeight);
    this.minConfidence.value = String(filters.minConfidence);
    this.confidenceOutput.textContent = filters.minConfidence.toFixed(2);
    this.totals.textContent = `${view.nodes.size} nodes · ${view.edges.size} edges shown`;
  }

  private read(): ViewFilters {
    const ticked = <K>(boxes: Map<K, { box: HTMLInputElement }>) => [...boxes].filter(([, { box }]) => box.checked).map(([key]) => key);
    return {
      kinds: ticked(this.kindBoxes),
      relations: ticked(this.relationBoxes),
      docs: [...this.docBoxes].filter(([, box]) => box.checked).map(([doc]) => doc),
      minWeight: Math.max(1, Number(this.minWeight.value) || 1),
      minConfidence: Math.min(1, Math.max(0, Number(this.minConfidence.value) || 0)),
      context: this.context.checked,
      ...(this.from.value ? { from: this.from.value } : {}),
      ...(this.to.value ? { to: this.to.value } : {}),
    };
  }
}
