/**
 * The viewer: loads a graph, keeps the view state (selection, hover, filters, depth, tab) and wires
 * sigma, the panel, the stance matrix, the claims table, the search, the filters and the
 * URL hash to it. One view (`computeVisibleView`) feeds them all. Every action here is a thin shell
 * over a library function (parse, filter, query, export).
 */
import type { KnowledgeGraph, NodeKind, Relation } from "../model/graph.js";
import { parseGraphFile } from "../io/graph-parse.js";
import { toGexf } from "../export/gexf.js";
import { actorsBehind } from "../query/neighbours.js";
import { SearchIndex } from "../query/search.js";
import { DEFAULT_FILTERS, computeVisibleView, dateSpan, evidenceInView, visibleSubgraph, type ViewFilters, type VisibleView } from "../view/filters.js";
import { decodeViewState, encodeViewState } from "../view/hash.js";
import { byId, download, el } from "./dom.js";
import { FiltersPanel } from "./filters-panel.js";
import { FocusLayer } from "./focus-layer.js";
import { LabelPlacer, shortLabel } from "./labels.js";
import { LayoutController } from "./layout.js";
import { ClaimsView } from "./claims-view.js";
import type { DocumentEntry } from "./filters-panel.js";
import { MatrixView } from "./matrix-view.js";
import { AlignmentsView } from "./alignments-view.js";
import { renderPanel } from "./panel.js";
import { sceneToPng } from "./png-export.js";
import { cameraControls, type CameraControls } from "./camera-controls.js";
import { createRenderer, hasCommunities, hasPositions, isLargeGraph, placeUnpositioned, type ViewState, type Renderer } from "./render.js";
import { quoteList } from "./widgets.js";
import { SearchBox } from "./search-box.js";
import type { ColourMeasure, SizeMeasure, ViewerSettings } from "./settings.js";

/** Everything that exists only while a graph is loaded. */
interface Loaded {
  name: string;
  data: KnowledgeGraph;
  sigma: Renderer;
  layout: LayoutController;
  focusLayer: FocusLayer;
  labels: LabelPlacer;
  camera: CameraControls;
  /** The graph came without positions: ForceAtlas2 runs for a while once it is shown. */
  needsLayout: boolean;
}

export const VIEW_TABS = ["graph", "matrix", "alignments", "claims"] as const;

/** Labels per cell of sigma's label grid when every node of a small view is offered one. */
const ALL_LABELS_DENSITY = 50;
export type ViewTab = (typeof VIEW_TABS)[number];

export class ViewerApp {
  private loaded?: Loaded;
  private filters: ViewFilters = { ...DEFAULT_FILTERS };
  private readonly state: ViewState;
  private hovered?: string;
  /** Hops around the selected node that the panel lists and the graph highlights. */
  private depth = 1;
  private tab: ViewTab = "graph";
  /** The legend slider's label density, for views too large to label every node. */
  private labelDensity: number;
  /** Tabs whose content predates the last view change; drawn when shown. */
  private readonly stale = new Set<ViewTab>();
  /** What had the focus before the panel opened: Escape returns there. */
  private returnFocus?: HTMLElement;
  private readonly filtersPanel: FiltersPanel;
  private readonly matrix: MatrixView;
  private readonly alignments: AlignmentsView;
  private readonly claims: ClaimsView;
  private readonly edgeCard = byId<HTMLElement>("edge-card");
  /** The edge the card shows: a hovered one until the pointer leaves it, a clicked one until closed. */
  private cardEdge?: { edge: string; pinned: boolean };
  private readonly search: SearchBox;
  private readonly panel = byId<HTMLElement>("panel");
  private readonly status = byId<HTMLElement>("status");
  private readonly layoutButton = byId<HTMLButtonElement>("layout-toggle");

  constructor(private readonly settings: ViewerSettings) {
    this.labelDensity = settings.labelDensity;
    this.state = {
      view: { nodes: new Set(), edges: new Set(), nodesByKind: {} as VisibleView["nodesByKind"], edgesByRelation: {} as VisibleView["edgesByRelation"] },
      appearance: { sizeBy: settings.sizeBy, colourBy: settings.colourBy },
    };
    this.filtersPanel = new FiltersPanel(byId("filters"), {
      filters: (filters) => this.setFilters(filters),
      appearance: (sizeBy, colourBy) => this.setAppearance(sizeBy, colourBy),
      labelDensity: (density) => {
        this.labelDensity = density;
        this.fitLabels();
      },
    });
    this.filtersPanel.setAppearance(settings.sizeBy, settings.colourBy, settings.labelDensity);
    const showNode = (node: string) => {
      this.showTab("graph");
      this.select(node, true);
    };
    this.matrix = new MatrixView(byId("matrix"), showNode);
    this.alignments = new AlignmentsView(byId("alignments"), showNode);
    this.claims = new ClaimsView(byId("claims"), { select: showNode });
    for (const tab of VIEW_TABS) byId(`tab-${tab}`).addEventListener("click", () => this.showTab(tab));
    byId("toggle-filters").addEventListener("click", () => this.toggleDrawer());
    // On a phone the drawer covers the toggle: a tap beside it closes it too.
    byId("views").addEventListener("pointerdown", () => document.body.classList.contains("filters-open") && this.toggleDrawer());
    byId("zoom-in").addEventListener("click", () => this.loaded?.camera.zoomIn());
    byId("zoom-out").addEventListener("click", () => this.loaded?.camera.zoomOut());
    byId("zoom-fit").addEventListener("click", () => this.loaded?.camera.fit());
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
      if (event.key !== "Escape" || (event.target as HTMLElement).closest("#search-box")) return;
      if (!this.edgeCard.hidden) this.hideEdge();
      else if (document.body.classList.contains("filters-open")) this.toggleDrawer();
      else if (this.state.selected !== undefined) this.select(undefined);
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
    return this.state.view;
  }

  /** Nodes whose label the last frame drew. */
  get drawnLabels(): readonly string[] {
    return this.loaded?.labels.drawnLabels ?? [];
  }

  /** Where the last frame drew each label, in viewport pixels. */
  get drawnLabelBoxes(): readonly { key: string; x: number; y: number; width: number; height: number }[] {
    return this.loaded?.labels.drawnBoxes ?? [];
  }

  /** The text a node's label shows on the graph (shortened; the full one shows on hover). */
  labelText(node: string): string {
    return shortLabel(this.loaded?.data.getNodeAttribute(node, "label") ?? "");
  }

  async openUrl(url: string): Promise<boolean> {
    let text: string;
    const name = url.split("/").pop() ?? url;
    try {
      this.report(`Loading ${name}…`, false);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // A static server answers a missing file with its index page: that is "not found", not bad JSON.
      if (/text\/html/i.test(response.headers.get("content-type") ?? "")) throw new Error("no such file on this site (the server sent a web page)");
      text = await response.text();
    } catch (error) {
      this.report(`${url}: cannot be loaded (${(error as Error).message}). Open a graph.json or .gexf file instead.`, true);
      return false;
    }
    return this.openText(text, name);
  }

  async openFile(file: File): Promise<boolean> {
    this.report(`Loading ${file.name}…`, false);
    return this.openText(await file.text(), file.name);
  }

  /**
   * Parses and shows a graph; a bad file leaves the current graph in place and says why. A large
   * graph takes seconds: the status line says which step runs, painted before each step starts.
   */
  async openText(text: string, name: string): Promise<boolean> {
    let data: KnowledgeGraph;
    try {
      await this.progress(`Reading ${name} (${(text.length / 1e6).toFixed(1)} MB)…`);
      data = parseGraphFile(text, name);
    } catch (error) {
      this.report(`${(error as Error).message}. The current graph stays.`, true);
      return false;
    }
    await this.progress(`Drawing ${data.order} nodes and ${data.size} edges…`);
    this.mount(data, name);
    return true;
  }

  /** Shows a progress line and lets the browser paint it before the next long step. */
  private async progress(message: string): Promise<void> {
    this.report(message, false);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }

  private mount(data: KnowledgeGraph, name: string): void {
    this.unmount();
    // The view comes first so that sigma processes the graph once, already filtered (10,000 nodes / 50,000 edges take about 0.5 s).
    this.readHash(data);
    const needsLayout = !hasPositions(data);
    if (needsLayout) placeUnpositioned(data);
    const container = byId("graph");
    const labels = new LabelPlacer();
    const sigma = createRenderer(container, data, () => this.state, this.settings, labels);
    const layout = new LayoutController(data, this.settings.noverlapIterations, (running) => {
      this.layoutButton.textContent = running ? "Stop layout" : "Run layout";
      this.layoutButton.setAttribute("aria-pressed", String(running));
    });
    this.loaded = { name, data, sigma, layout, focusLayer: new FocusLayer(sigma, data), labels, camera: cameraControls(sigma, isLargeGraph(data.size, this.settings), this.settings.zoomRestMs), needsLayout };
    this.fitLabels();
    sigma.on("enterNode", ({ node }) => this.hover(node));
    sigma.on("leaveNode", () => this.hover(undefined));
    sigma.on("clickNode", ({ node }) => this.select(node));
    sigma.on("clickStage", () => {
      this.hideEdge();
      this.select(undefined);
    });
    sigma.on("enterNode", () => container.classList.add("pointing"));
    sigma.on("leaveNode", () => container.classList.remove("pointing"));
    sigma.on("enterEdge", () => container.classList.add("pointing"));
    sigma.on("leaveEdge", () => container.classList.remove("pointing"));
    sigma.on("clickEdge", ({ edge }) => this.showEdge(edge, true));
    sigma.on("enterEdge", ({ edge }) => {
      if (!this.cardEdge?.pinned) this.showEdge(edge, false);
    });
    sigma.on("leaveEdge", ({ edge }) => {
      if (this.cardEdge?.edge === edge && !this.cardEdge.pinned) this.hideEdge();
    });
    this.hovered = undefined;
    // Sigma drew the graph in its constructor. The search index, the filter lists, the panel and the
    // tabs (a fifth of a second at 10,000 nodes) wait until that frame is on screen.
    const loaded = this.loaded;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark("kg:first-frame");
        setTimeout(() => this.loaded === loaded && this.equip(loaded), 0);
      }),
    );
  }

  /** Everything around the drawn graph: search, filters, panel, tabs, status and a layout for a graph without positions. */
  private equip({ data, name, layout, needsLayout }: Loaded): void {
    this.search.setIndex(new SearchIndex(data));
    const kinds = new Set<NodeKind>();
    data.forEachNode((_n, a) => kinds.add(a.kind));
    const relations = new Set<Relation>();
    data.forEachEdge((_e, a) => relations.add(a.relation));
    this.filtersPanel.setGraph(documentEntries(data), kinds, relations, dateSpan(data), data.getAttribute("plain") === true);
    this.filtersPanel.setCommunities(hasCommunities(data));
    this.showView();
    this.showPanel();
    this.report(`${name}: ${data.order} nodes, ${data.size} edges`, false);
    if (needsLayout) {
      layout.start();
      setTimeout(() => layout.stop(), this.settings.autoLayoutMs);
    }
    performance.mark("kg:ready");
  }

  private unmount(): void {
    this.loaded?.layout.kill();
    this.loaded?.sigma.kill();
    this.loaded = undefined;
  }

  select(node: string | undefined, moveCamera = false): void {
    const loaded = this.loaded;
    if (!loaded || (node !== undefined && !loaded.data.hasNode(node))) return;
    if (node !== undefined && this.state.selected === undefined && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) this.returnFocus = document.activeElement;
    if (node === undefined && this.state.selected !== undefined) {
      const back = this.returnFocus?.isConnected ? this.returnFocus : byId("graph");
      this.returnFocus = undefined;
      queueMicrotask(() => back.focus());
    }
    const previous = this.state.selected;
    this.state.selected = node;
    // A node the filters hide shows while selected: only then do sigma's reducers need to run again.
    const outside = [previous, node].filter((n): n is string => n !== undefined && !this.state.view.nodes.has(n));
    if (outside.length) loaded.sigma.refresh({ partialGraph: { nodes: outside }, skipIndexation: true });
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
    this.state.appearance = { sizeBy, colourBy };
    this.loaded?.sigma.refresh();
  }

  /** Shows one of the graph, matrix, alignments and claims tabs; a tab drawn for an older view is redrawn first. */
  showTab(tab: ViewTab): void {
    this.tab = tab;
    for (const name of VIEW_TABS) {
      const button = byId(`tab-${name}`);
      button.setAttribute("aria-selected", String(name === tab));
      button.tabIndex = name === tab ? 0 : -1;
      byId(name).hidden = name !== tab;
    }
    this.drawTab();
    if (tab === "graph") this.loaded?.sigma.refresh();
  }

  private drawTab(): void {
    const loaded = this.loaded;
    if (!loaded || !this.stale.has(this.tab)) return;
    this.stale.delete(this.tab);
    if (this.tab === "matrix") this.matrix.show(loaded.data, this.state.view);
    if (this.tab === "alignments") this.alignments.show(loaded.data, this.state.view);
    if (this.tab === "claims") this.claims.show(loaded.data, this.state.view);
  }

  private toggleDrawer(): void {
    const open = document.body.classList.toggle("filters-open");
    byId("toggle-filters").setAttribute("aria-expanded", String(open));
    if (open) byId("filters").focus();
  }

  /** The edge's relation and quotes in the card: `pinned` (a click) keeps them until closed, else until the pointer leaves the edge. */
  private showEdge(edge: string, pinned: boolean): void {
    const loaded = this.loaded;
    if (!loaded) return;
    this.cardEdge = { edge, pinned };
    const a = loaded.data.getEdgeAttributes(edge);
    const [source, target] = loaded.data.extremities(edge);
    const close = el("button", { className: "close", attrs: { type: "button", "aria-label": "Close" } }, ["×"]);
    close.addEventListener("click", () => this.hideEdge());
    this.edgeCard.replaceChildren(
      el("h3", {}, [`${loaded.data.getNodeAttribute(source, "label")} ${a.label ?? a.relation.replace("_", " ")} ${loaded.data.getNodeAttribute(target, "label")}`]),
      close,
      el("p", { className: "meta" }, [`weight ${a.weight}, confidence ${a.confidence.toFixed(2)}`]),
      quoteList(loaded.data, evidenceInView(this.state.view, a.evidence)),
    );
    this.edgeCard.hidden = false;
  }

  private hideEdge(): void {
    this.cardEdge = undefined;
    this.edgeCard.hidden = true;
  }

  private hover(node: string | undefined): void {
    this.hovered = node;
    this.refocus();
  }

  /** The neighbourhood is computed once per hover or selection change, not per frame; sigma's WebGL layers are not re-rendered. */
  private refocus(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const focus = this.hovered ?? this.state.selected;
    const neighbours = focus === undefined ? new Set<string>() : this.neighbourhood(loaded.data, focus, focus === this.state.selected ? this.depth : 1);
    // A place lights up the actors behind the positions about it, and those positions.
    if (focus !== undefined && focus === this.state.selected) {
      for (const b of actorsBehind(loaded.data, focus, { within: this.state.view })) neighbours.add(b.actor).add(b.position);
    }
    loaded.focusLayer.set(focus, neighbours, this.state.selected, this.state.view.edges);
  }

  /** Nodes within `depth` hops of the focus along the edges the view shows. */
  private neighbourhood(graph: KnowledgeGraph, focus: string, depth: number): Set<string> {
    const found = new Set<string>();
    let frontier = [focus];
    for (let hop = 0; hop < depth; hop++) {
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachEdge(node, (edge, _a, source, target) => {
          const other = source === node ? target : source;
          if (!this.state.view.edges.has(edge) || other === focus || found.has(other)) return;
          found.add(other);
          next.push(other);
        });
      }
      frontier = next;
    }
    return found;
  }

  private recomputeView(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const before = this.state.view;
    this.state.view = computeVisibleView(loaded.data, this.filters);
    this.redraw(before);
  }

  /** Shows a new view. Sigma re-processes only what it showed or hid: ticking one relation of 50,000 edges touches a fifth of them. */
  private redraw(before: VisibleView, selectedBefore = this.state.selected): void {
    const loaded = this.loaded;
    if (!loaded) return;
    this.showView();
    // The selected node shows even when filtered out, so a change of selection is a change too.
    const selection = [selectedBefore, this.state.selected].filter((n): n is string => n !== undefined);
    loaded.sigma.refresh({ partialGraph: { nodes: [...changed(before.nodes, this.state.view.nodes), ...selection], edges: changed(before.edges, this.state.view.edges) }, skipIndexation: true });
  }

  /** Everything that shows the view, except sigma's own layers. */
  private showView(): void {
    this.fitLabels();
    this.refocus();
    this.filtersPanel.show(this.filters, this.state.view);
    this.stale.add("matrix").add("alignments").add("claims");
    this.drawTab();
  }

  /**
   * A small view has room for a label on every node: each is offered one, whatever its size, and
   * the placer keeps those that overlap none before them; larger views follow the legend's slider.
   */
  private fitLabels(): void {
    const sigma = this.loaded?.sigma;
    if (!sigma) return;
    const small = this.state.view.nodes.size <= this.settings.labelAllUpTo;
    const threshold = small ? 0 : this.settings.labelRenderedSizeThreshold;
    const density = small ? Math.max(this.labelDensity, ALL_LABELS_DENSITY) : this.labelDensity;
    // A setting sigma already has is not set again: each change makes it process the whole graph anew.
    if (sigma.getSetting("labelRenderedSizeThreshold") !== threshold) sigma.setSetting("labelRenderedSizeThreshold", threshold);
    if (sigma.getSetting("labelDensity") !== density) sigma.setSetting("labelDensity", density);
  }

  private showPanel(): void {
    const loaded = this.loaded;
    const node = this.state.selected;
    this.panel.hidden = node === undefined || !loaded;
    document.body.classList.toggle("panel-open", !this.panel.hidden);
    if (node === undefined || !loaded) return;
    renderPanel(this.panel, loaded.data, node, this.state.view, this.depth, {
      select: (next) => this.select(next, true),
      close: () => this.select(undefined),
      depth: (depth) => {
        this.depth = depth;
        this.refocus();
        this.showPanel();
      },
    });
  }

  private applyHash(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const before = this.state.view;
    const selectedBefore = this.state.selected;
    this.readHash(loaded.data);
    this.redraw(before, selectedBefore);
    this.showPanel();
  }

  /** Filters and selection from the URL hash, and the view they give; nothing is drawn. */
  private readHash(data: KnowledgeGraph): void {
    const state = decodeViewState(location.hash, (node) => data.hasNode(node), new Set(documentsOf(data)));
    this.filters = state.filters;
    // A graph from another tool has only placeholder "concerns" links: they are all its context.
    if (data.getAttribute("plain") === true && !new URLSearchParams(location.hash.slice(1)).has("ctx")) this.filters.context = true;
    this.state.selected = state.selected;
    this.state.view = computeVisibleView(data, this.filters);
  }

  private writeHash(): void {
    const hash = encodeViewState({ selected: this.state.selected, filters: this.filters });
    if (hash !== location.hash) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  }

  /** GEXF of what is shown, with the on-screen layout, through the exporter `kg build` uses. */
  exportGexf(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const view = visibleSubgraph(loaded.data, this.state.view);
    view.forEachNode((node) => {
      const { x = 0, y = 0 } = loaded.data.getNodeAttributes(node);
      const size = loaded.sigma.getNodeDisplayData(node)?.size;
      view.mergeNodeAttributes(node, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100, ...(size === undefined ? {} : { size }) });
    });
    download(`${loaded.name.replace(/\.(json|gexf)$/i, "")}-view.gexf`, toGexf(view), "application/gexf+xml");
  }

  /** The graph as shown (filters, focus, labels) at 2×, with a title and a legend. */
  async exportPng(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    const { nodes, edges } = this.state.view;
    const focus = this.hovered ?? this.state.selected;
    const blob = await sceneToPng({
      sigma: loaded.sigma,
      labels: loaded.labels,
      focusLayer: loaded.focusLayer,
      view: this.state.view,
      title: focus === undefined ? "Who demanded, rejected or proposed what" : `Who demanded, rejected or proposed what: ${loaded.data.getNodeAttribute(focus, "label")}`,
      subtitle: `${loaded.name}: ${nodes.size} nodes, ${edges.size} edges shown${this.filters.docs.length ? `, from ${this.filters.docs.length} of ${documentsOf(loaded.data).length} documents` : ""}`,
    });
    download(`${loaded.name.replace(/\.(json|gexf)$/i, "")}-view.png`, blob, "image/png");
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

  /** A message that stays in the status line until the next error, above later progress messages. */
  private pinned = "";

  /** Shown before the graph loads (a rejected page setting): later status lines keep it. */
  warn(message: string): void {
    this.report(message, true);
    this.pinned = message;
  }

  private report(message: string, isError: boolean): void {
    if (isError) this.pinned = "";
    this.status.textContent = !isError && this.pinned ? `${this.pinned} ${message}` : message;
    const alert = isError || this.pinned !== "";
    this.status.classList.toggle("error", alert);
    this.status.setAttribute("role", alert ? "alert" : "status");
  }
}

/** Keys in one set and not the other. */
function changed(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const key of before) if (!after.has(key)) keys.push(key);
  for (const key of after) if (!before.has(key)) keys.push(key);
  return keys;
}

/** The corpus documents with their headline and date (the latest date its evidence gives). */
function documentEntries(data: KnowledgeGraph): DocumentEntry[] {
  const headlines = data.getAttribute("headlines") ?? {};
  const outlets = data.getAttribute("outlets") ?? {};
  const dates = new Map<string, string>();
  data.forEachEdge((_e, a) => {
    for (const e of a.evidence) if (e.date && (dates.get(e.doc) ?? "") < e.date) dates.set(e.doc, e.date);
  });
  return documentsOf(data).map((name) => ({ name, ...(headlines[name] ? { headline: headlines[name] } : {}), ...(outlets[name] ? { outlet: outlets[name] } : {}), ...(dates.has(name) ? { date: dates.get(name)! } : {}) }));
}

/** The corpus documents: from the graph's attribute, or gathered from the nodes of a graph without it. */
function documentsOf(data: KnowledgeGraph): string[] {
  const listed = data.getAttribute("documents");
  if (listed) return listed;
  const docs = new Set<string>();
  data.forEachNode((_n, a) => a.docs.forEach((d) => docs.add(d)));
  return [...docs].sort();
}
