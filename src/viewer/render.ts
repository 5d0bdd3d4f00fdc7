/**
 * The render graph: sigma's copy of the data graph, holding only display attributes (position,
 * size, colour, curve). The data graph stays as loaded; hover, selection and filters act through
 * reducers and never change either graph's data.
 */
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import type { KnowledgeGraph } from "../model/graph.js";
import { DASHED_RELATIONS, KIND_COLORS, RELATION_COLORS, nodeSize, rgb } from "../model/appearance.js";
import { EdgeDashedArrowProgram } from "./dashed-edge.js";
import type { VisibleView } from "../view/filters.js";
import type { LabelPlacer } from "./labels.js";
import type { ColourMeasure, SizeMeasure, ViewerSettings } from "./settings.js";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  forceLabel: boolean;
}

export interface RenderEdge {
  size: number;
  color: string;
  type: "arrow" | "dashed" | "curved" | "line";
  curvature: number;
  /**
   * Sigma's own defaults, set here so that its copy of each edge keeps one shape: its defaults
   * and the reducer adding them one edge at a time cost a 50,000-edge graph 0.25 s at load.
   */
  label: string;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

/** Whether every node came with a position from the build (then no layout runs at start). */
export function hasPositions(data: KnowledgeGraph): boolean {
  return data.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/** Whether a graph is drawn for speed (see `largeGraphEdges`). */
export function isLargeGraph(edgeCount: number, settings: ViewerSettings): boolean {
  return edgeCount > settings.largeGraphEdges;
}

export function toRenderGraph(data: KnowledgeGraph, settings: ViewerSettings): RenderGraph {
  const graph: RenderGraph = new Graph<RenderNode, RenderEdge>({ type: "directed", multi: true, allowSelfLoops: false });
  const count = data.order;
  let index = 0;
  data.forEachNode((node, a) => {
    // Without build positions, start on a circle: ForceAtlas2 then spreads it out.
    const angle = (2 * Math.PI * index++) / Math.max(count, 1);
    graph.addNode(node, {
      x: Number.isFinite(a.x) ? a.x! : 100 * Math.cos(angle),
      y: Number.isFinite(a.y) ? a.y! : 100 * Math.sin(angle),
      size: 1,
      color: "#999",
      label: a.label,
      forceLabel: false,
    });
  });
  // A large graph's edges are hairlines (one GL line each, no arrowhead): in software WebGL that is the difference between a frame in 0.1 s and in over a second. The focus layer still draws arrows.
  const large = isLargeGraph(data.size, settings);
  // A graph from another tool has no relations: its "concerns" are placeholders, not context links.
  const plain = data.getAttribute("plain") === true;
  data.forEachEdge((edge, a, source, target) => {
    graph.addDirectedEdgeWithKey(edge, source, target, {
      size: large ? 1 : Math.min(1 + Math.log2(a.weight), 6),
      color: a.color ?? rgb(RELATION_COLORS[a.relation]),
      type: large ? "line" : DASHED_RELATIONS.has(a.relation) && !plain ? "dashed" : "arrow",
      curvature: 0,
      label: "",
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    });
  });
  if (!large) curveParallelEdges(graph);
  applyNodeAppearance(graph, data, settings.sizeBy, settings.colourBy);
  return graph;
}

/** Edges between the same two nodes (either way) bend apart so that each stays visible. */
function curveParallelEdges(graph: RenderGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  graph.forEachEdge((edge, a) => {
    if (typeof a.parallelIndex !== "number" || !a.parallelMaxIndex) return;
    graph.mergeEdgeAttributes(edge, { type: "curved", curvature: (DEFAULT_EDGE_CURVATURE * (a.parallelIndex + 1)) / Math.max(1, a.parallelMaxIndex) });
  });
}

/**
 * Size by mentions or degree, colour by kind or Louvain community. No label is forced: sigma's
 * label grid then shows the largest node's label per cell, so labels do not overlap.
 */
export function applyNodeAppearance(graph: RenderGraph, data: KnowledgeGraph, sizeBy: SizeMeasure, colourBy: ColourMeasure): void {
  // A graph from another tool keeps its own colours and sizes: its kinds and mentions are placeholders.
  const plain = data.getAttribute("plain") === true;
  data.forEachNode((node, a) => {
    const size = sizeBy === "degree" ? nodeSize(0, data.degree(node)) : plain && a.size !== undefined ? a.size : nodeSize(a.mentions, 0);
    const colour = colourBy === "community" && a.community !== undefined ? communityColour(a.community) : plain && a.color ? a.color : rgb(KIND_COLORS[a.kind]);
    graph.mergeNodeAttributes(node, { size, color: colour });
  });
}

/** Whether colouring by community can do anything: `kg stats` writes communities, `kg build` does not. */
export function hasCommunities(data: KnowledgeGraph): boolean {
  return data.someNode((_n, a) => a.community !== undefined);
}

/** Well-separated hues for community numbers (golden-angle steps). */
export function communityColour(community: number): string {
  return `hsl(${Math.round((community * 137.508) % 360)}, 65%, 48%)`;
}

/** What the reducers read: the filtered view, and the selected node (shown even when filtered out). */
export interface ViewState {
  view: VisibleView;
  selected?: string;
}

/** Sigma with its default attribute types: its program classes are typed for those. */
export type Renderer = Sigma;

export function createRenderer(container: HTMLElement, graph: RenderGraph, state: () => ViewState, settings: ViewerSettings, labels: LabelPlacer): Renderer {
  const large = isLargeGraph(graph.size, settings);
  const sigma = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    labelDensity: settings.labelDensity,
    // The graph tab is hidden while the matrix or the table is shown, and a phone drawer may cover it.
    allowInvalidContainer: true,
    // Edge picking renders every edge a second time; above this many edges it costs more than it gives.
    enableEdgeEvents: !large,
    // In software WebGL a frame of 50,000 edges takes over a second: while the camera moves, only nodes are drawn.
    hideEdgesOnMove: large,
    defaultDrawNodeLabel: labels.collect,
    labelFont: "system-ui, sans-serif",
    defaultEdgeType: large ? "line" : "arrow",
    // Sigma's circle program costs a large graph's frame about 0.3 s in software WebGL, even for nodes hidden by the filters; one GL point per node costs a quarter of that.
    nodeProgramClasses: { circle: large ? NodePointProgram : NodeCircleProgram },
    // Only the programs in use: each is compiled twice (drawing and picking) when sigma starts, which software WebGL does slowly.
    edgeProgramClasses: large ? { line: EdgeLineProgram } : { arrow: EdgeArrowProgram, dashed: EdgeDashedArrowProgram, curved: EdgeCurvedArrowProgram },
    // Sigma hands reducers a shallow copy of the attributes, so they can set fields on it directly.
    // Hover and selection do not pass through the reducers: FocusLayer draws them without re-rendering WebGL.
    nodeReducer: (node, data) => {
      const { view, selected } = state();
      const shown = data as RenderNode & { hidden?: boolean };
      // The selected node shows even when the filters hide it (a place whose links are context).
      if (!view.nodes.has(node) && node !== selected) shown.hidden = true;
      return shown;
    },
    edgeReducer: (edge, data) => {
      const shown = data as RenderEdge;
      if (!state().view.edges.has(edge)) shown.hidden = true;
      return shown;
    },
  });
  sigma.on("beforeRender", () => labels.reset());
  const drawLabels = () => labels.draw(sigma.getCanvases().labels!.getContext("2d")!);
  sigma.on("afterRender", drawLabels);
  // Sigma's constructor has already rendered the first frame, before these listeners existed.
  drawLabels();
  return sigma;
}
