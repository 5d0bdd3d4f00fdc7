/**
 * The viewer: loads a graph, keeps the view state (selection, hover, filters) and wires the
 * render graph, the panel, the search, the filters and the URL hash to it. Every action here is a
 * thin shell over a library function (parse, filter, query, export).
 */
import { downloadAsPNG } from "@sigma/export-image";
import type { KnowledgeGraph } from "../model/graph.js";
import { parseGraphFile } from "../io/graph-parse.js";
import { toGexf } from "../export/gexf.js";
import { SearchIndex } from "../query/search.js";
import { DEFAULT_FILTERS, computeVisibleView, visibleSubgraph, type ViewFilters, type VisibleView } from "../view/filters.js";
import { decodeViewState, encodeViewState } from "../view/hash.js";
import { byId, download } from "./dom.js";
import { FiltersPanel } from "./filters-panel.js";
import { FocusLayer } from "./focus-layer.js";
import { LayoutController } from "./layout.js";
import { renderPanel } from "./panel.js";
import { applyNodeAppearance, createRenderer, hasPositions, toRenderGraph, type FocusState, type RenderGraph, type Renderer } from "./render.js";
import { SearchBox } from "./search-box.js";
import type { ColourMeasure, SizeMeasure, ViewerSettings } from "./settings.js";

/** Everything that exists only while a graph is loaded. */
interface Loaded {
  name: string;
  data: KnowledgeGraph;
  render: RenderGraph;
  sigma: Renderer;
  layout: LayoutController;
  focusLayer: FocusLayer;
  /** Node keys, kept to re-process only nodes (not edges) when the focus moves. */
  nodes: string[];
}

export class ViewerApp {
  private loaded?: Loaded;
  private filters: ViewFilters = { ...DEFAULT_FILTERS };
  private readonly focus: FocusState = { view: { nodes: new Set(), edges: new Set(), nodesByKind: {} as VisibleView["nodesByKind"], edgesByRelation: {} as VisibleView["edgesByRelation"] }, neighbours: new Set() };
  private hovered?: string;
  private readonly filtersPanel: FiltersPanel;
  private readonly search: SearchBox;
  private readonly panel = byId<HTMLElement>("panel");
  private readonly status = byId<HTMLElement>("status");
  private readonly layoutButton = byId<HTMLButtonElement>("layout-toggle");

  constructor(private readonly settings: ViewerSettings) {
    this.filtersPanel = new FiltersPanel(byId("filters"), {
      filters: (filters) => this.setFilters(filters),
      appearance: (sizeBy, colourBy) => this.setAppearance(sizeBy, colourBy),
    });
    this.filtersPanel.setAppearance(settings.sizeBy, settings.colourBy);
    this.search = new SearchBox(byId("search"), byId("search-suggestions"), (node) => this.select(node, true));
    this.layoutButton.addEventListener("click", () => this.loaded?.layout.toggle());
    byId("export-gexf").addEventListener("click", () => this.exportGexf());
    byId("export-png").addEventListener("click", () => void this.exportPng());
    byId("open-file").addEventListener("click", () => byId("file-input").click());
    byId<HTMLInputElement>("file-input").addEventListener("change", (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void this.openFile(file);
    });
    this.listenForDrops();
    window.addEventListener("hashchange", () => this.applyHash());
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.focus.selected !== undefined && !(event.target as HTMLElement).closest("#search-box")) this.select(undefined);
    });
  }

  /** The loaded data graph (read-only use: scripts and tests inspect it). */
  get graph(): KnowledgeGraph | undefined {
    return this.loaded?.data;
  }

  get renderer(): Renderer | undefined {
    return this.loaded?.sigma;
  }

  get view(): VisibleView {
    return this.focus.view;
  }

  async openUrl(url: string): Promise<boolean> {
    let text: string;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      this.report(`${url}: cannot be loaded (${(error as Error).message}). Open a graph.json or .gexf file instead.`, true);
      return false;
    }
    return this.openText(text, url.split("/").pop() ?? url);
  }

  async openFile(file: File): Promise<boolean> {
    return this.openText(await file.text(), file.name);
  }

  /** Parses and shows a graph; a bad file leaves the current graph in place and says why. */
  openText(text: string, name: string): boolean {
    let data: KnowledgeGraph;
    try {
      data = parseGraphFile(text, name);
    } catch (error) {
      this.report(`${(error as Error).message}. The current graph stays.`, true);
      return false;
    }
    this.mount(data, name);
    return true;
  }

  private mount(data: KnowledgeGraph, name: string): void {
    this.unmount();
    const render = toRenderGraph(data, this.settings);
    const container = byId("graph");
    const sigma = createRenderer(container, render, () => this.focus, this.settings);
    const layout = new LayoutController(render, this.settings.noverlapIterations, (running) => {
      this.layoutButton.textContent = running ? "Stop layout" : "Run layout";
      this.layoutButton.setAttribute("aria-pressed", String(running));
    });
    this.loaded = { name, data, render, sigma, layout, focusLayer: new FocusLayer(sigma, render, data), nodes: render.nodes() };
    sigma.once("afterRender", () => performance.mark("kg:first-frame"));
    sigma.on("enterNode", ({ node }) => this.hover(node));
    sigma.on("leaveNode", () => this.hover(undefined));
    sigma.on("clickNode", ({ node }) => this.select(node));
    sigma.on("clickStage", () => this.select(undefined));
    this.search.setIndex(new SearchIndex(data));
    this.filtersPanel.setDocuments(documentsOf(data));
    this.hovered = undefined;
    this.applyHash();
    this.report(`${name}: ${data.order} nodes, ${data.size} edges`, false);
    if (!hasPositions(data)) {
      layout.start();
      setTimeout(() => layout.stop(), this.settings.autoLayoutMs);
    }
  }

  private unmount(): void {
    this.loaded?.layout.kill();
    this.loaded?.sigma.kill();
    this.loaded = undefined;
  }

  select(node: string | undefined, moveCamera = false): void {
    const loaded = this.loaded;
    if (!loaded || (node !== undefined && !loaded.data.hasNode(node))) return;
    this.focus.selected = node;
    this.refocus();
    this.writeHash();
    this.showPanel();
    if (node !== undefined && moveCamera) {
      const position = loaded.sigma.getNodeDisplayData(node);
      if (position) void loaded.sigma.getCamera().animate({ x: position.x, y: position.y, ratio: this.settings.focusRatio }, { duration: 400 });
    }
    if (node !== undefined) byId("panel-title").focus();
  }

  setFilters(filters: ViewFilters): void {
    this.filters = filters;
    this.recomputeView();
    this.writeHash();
    this.showPanel();
  }

  private setAppearance(sizeBy: SizeMeasure, colourBy: ColourMeasure): void {
    if (!this.loaded) return;
    applyNodeAppearance(this.loaded.render, this.loaded.data, sizeBy, colourBy, this.settings.forcedLabels);
  }

  private hover(node: string | undefined): void {
    this.hovered = node;
    this.refocus();
  }

  /** The neighbourhood is computed once per hover or selection change, not per frame; edges stay as processed. */
  private refocus(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const focus = this.hovered ?? this.focus.selected;
    this.focus.focus = focus;
    this.focus.neighbours = focus === undefined ? new Set() : new Set(loaded.render.neighbors(focus));
    loaded.focusLayer.set(focus, this.focus.view.edges);
    loaded.sigma.refresh({ partialGraph: { nodes: loaded.nodes }, skipIndexation: true });
  }

  private recomputeView(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    this.focus.view = computeVisibleView(loaded.data, this.filters);
    loaded.focusLayer.set(this.focus.focus, this.focus.view.edges);
    this.filtersPanel.show(this.filters, this.focus.view);
    loaded.sigma.refresh({ skipIndexation: true });
  }

  private showPanel(): void {
    const loaded = this.loaded;
    const node = this.focus.selected;
    this.panel.hidden = node === undefined || !loaded;
    if (node === undefined || !loaded) return;
    renderPanel(this.panel, loaded.data, node, this.filters, { select: (next) => this.select(next, true), close: () => this.select(undefined) });
  }

  private applyHash(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const state = decodeViewState(location.hash, (node) => loaded.data.hasNode(node), new Set(documentsOf(loaded.data)));
    this.filters = state.filters;
    this.focus.selected = state.selected;
    this.recomputeView();
    this.refocus();
    this.showPanel();
  }

  private writeHash(): void {
    const hash = encodeViewState({ selected: this.focus.selected, filters: this.filters });
    if (hash !== location.hash) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  }

  /** GEXF of what is shown, with the on-screen layout, through the exporter `kg build` uses. */
  exportGexf(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const view = visibleSubgraph(loaded.data, this.focus.view);
    view.forEachNode((node) => {
      const { x, y, size } = loaded.render.getNodeAttributes(node);
      view.mergeNodeAttributes(node, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100, size });
    });
    download(`${loaded.name.replace(/\.(json|gexf)$/i, "")}-view.gexf`, toGexf(view), "application/gexf+xml");
  }

  async exportPng(): Promise<void> {
    if (this.loaded) await downloadAsPNG(this.loaded.sigma, { fileName: `${this.loaded.name.replace(/\.(json|gexf)$/i, "")}-view`, backgroundColor: "#ffffff" });
  }

  private listenForDrops(): void {
    const zone = document.body;
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("dropping");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("dropping"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("dropping");
      const file = event.dataTransfer?.files[0];
      if (file) void this.openFile(file);
    });
  }

  private report(message: string, isError: boolean): void {
    this.status.textContent = message;
    this.status.classList.toggle("error", isError);
    this.status.setAttribute("role", isError ? "alert" : "status");
  }
}

/** The corpus documents: from the graph's attribute, or gathered from the nodes of a graph without it. */
function documentsOf(data: KnowledgeGraph): string[] {
  const listed = data.getAttribute("documents");
  if (listed) return listed;
  const docs = new Set<string>();
  data.forEachNode((_n, a) => a.docs.forEach((d) => docs.add(d)));
  return [...docs].sort();
}
