/**
 * What sigma draws. Sigma draws the data graph itself, and its reducers compute each node's and
 * edge's display (size, colour, program, curve, whether shown) from the data attributes, the
 * appearance settings and the view: visual state is never written into the graph. Positions are
 * data (the build's layout, or the viewer's ForceAtlas2, which writes x and y as `kg build` does).
 */
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, Relation } from "../model/graph.js";
import { DASHED_RELATIONS, KIND_COLORS, RELATION_COLORS, nodeSize, rgb } from "../model/appearance.js";
import { EdgeDashedArrowProgram } from "./dashed-edge.js";
import type { VisibleView } from "../view/filters.js";
import type { LabelPlacer } from "./labels.js";
import type { ColourMeasure, SizeMeasure, ViewerSettings } from "./settings.js";

/** What sigma draws for a node: computed by the node reducer, never stored in a graph. */
export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  hidden: boolean;
  forceLabel: boolean;
  highlighted: boolean;
  zIndex: number;
  type: "circle";
}

/** What sigma draws for an edge: computed by the edge reducer. */
export interface EdgeDisplay {
  size: number;
  color: string;
  type: "arrow" | "dashed" | "curved" | "line";
  curvature: number;
  label: string;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface Appearance {
  sizeBy: SizeMeasure;
  colourBy: ColourMeasure;
}

/** What the reducers read: the filtered view, the selected node (shown even when filtered out) and the appearance. */
export interface ViewState {
  view: VisibleView;
  selected?: string;
  appearance: Appearance;
}

/** Whether every node came with a position from the build (then no layout runs at start). */
export function hasPositions(data: KnowledgeGraph): boolean {
  return data.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/** Whether a graph is drawn for speed (see `largeGraphEdges`). */
export function isLargeGraph(edgeCount: number, settings: ViewerSettings): boolean {
  return edgeCount > settings.largeGraphEdges;
}

/**
 * Positions are data (the build's layout, or the viewer's): nodes without one start on a circle,
 * which ForceAtlas2 then spreads out.
 */
export function placeUnpositioned(data: KnowledgeGraph): void {
  const count = data.order;
  let index = 0;
  data.forEachNode((node, a) => {
    const angle = (2 * Math.PI * index++) / Math.max(count, 1);
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) data.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
}

/**
 * Edges between the same two nodes (either way) bend apart so that each stays visible. The index
 * is worked out on a scratch copy: the data graph keeps only data.
 */
function parallelCurvatures(data: KnowledgeGraph): Map<string, number> {
  const scratch = data.emptyCopy() as Graph;
  data.forEachEdge((edge, _a, source, target) => scratch.addDirectedEdgeWithKey(edge, source, target));
  indexParallelEdgesIndex(scratch, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  const curvatures = new Map<string, number>();
  scratch.forEachEdge((edge, a) => {
    if (typeof a.parallelIndex === "number" && a.parallelMaxIndex) curvatures.set(edge, (DEFAULT_EDGE_CURVATURE * (a.parallelIndex + 1)) / Math.max(1, a.parallelMaxIndex));
  });
  return curvatures;
}

/**
 * A node's size and colour: by mentions or degree, by kind or Louvain community. A graph from
 * another tool keeps its own colours and sizes: its kinds and mentions are placeholders. No label
 * is forced: sigma's label grid proposes the largest node's label per cell, so labels do not overlap.
 */
function nodeAppearance(data: KnowledgeGraph, node: string, a: NodeAttributes, { sizeBy, colourBy }: Appearance, plain: boolean): { size: number; color: string } {
  const size = sizeBy === "degree" ? nodeSize(0, data.degree(node)) : plain && a.size !== undefined ? a.size : nodeSize(a.mentions, 0);
  const color = colourBy === "community" && a.community !== undefined ? communityColour(a.community) : plain && a.color ? a.color : rgb(KIND_COLORS[a.kind]);
  return { size, color };
}

/** Whether colouring by community can do anything: `kg stats` writes communities, `kg build` does not. */
export function hasCommunities(data: KnowledgeGraph): boolean {
  return data.someNode((_n, a) => a.community !== undefined);
}

/** Well-separated hues for community numbers (golden-angle steps). */
export function communityColour(community: number): string {
  return `hsl(${Math.round((community * 137.508) % 360)}, 65%, 48%)`;
}

/** Sigma with its default attribute types: its program classes are typed for those. */
export type Renderer = Sigma;

/**
 * Sigma over the data graph itself. Its reducers compute what each node and edge looks like from
 * the data, the appearance and the view; hover and selection are drawn by FocusLayer. No copy of the
 * graph is kept for sigma: at 50,000 edges one cost 0.35 s at load, and twice the memory.
 */
export function createRenderer(container: HTMLElement, data: KnowledgeGraph, state: () => ViewState, settings: ViewerSettings, labels: LabelPlacer): Renderer {
  const large = isLargeGraph(data.size, settings);
  const plain = data.getAttribute("plain") === true;
  const curvatures = large ? new Map<string, number>() : parallelCurvatures(data);
  const edgeType = (relation: Relation, curvature: number): EdgeDisplay["type"] => (large ? "line" : curvature ? "curved" : DASHED_RELATIONS.has(relation) && !plain ? "dashed" : "arrow");
  // The graph's own attribute types are narrower than sigma's generic ones; sigma only reads them through the reducers below.
  const sigma = new Sigma(data as unknown as Graph, container, {
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
    // Each reducer returns a fresh display object of one shape (sigma's defaults included), so that
    // sigma neither adds fields one item at a time nor carries the data's attributes along.
    // Hover and selection do not pass through the reducers: FocusLayer draws them without re-rendering WebGL.
    nodeReducer: (node, attributes): NodeDisplay => {
      const { view, selected, appearance } = state();
      const a = attributes as NodeAttributes;
      return {
        x: a.x ?? 0,
        y: a.y ?? 0,
        ...nodeAppearance(data, node, a, appearance, plain),
        label: a.label,
        // The selected node shows even when the filters hide it (a place whose links are context).
        hidden: !view.nodes.has(node) && node !== selected,
        forceLabel: false,
        highlighted: false,
        zIndex: 0,
        type: "circle",
      };
    },
    edgeReducer: (edge, attributes): EdgeDisplay => {
      const a = attributes as EdgeAttributes;
      const curvature = curvatures.get(edge) ?? 0;
      return {
        size: large ? 1 : Math.min(1 + Math.log2(a.weight), 6),
        color: a.color ?? rgb(RELATION_COLORS[a.relation]),
        // A large graph's edges are hairlines (one GL line each, no arrowhead): in software WebGL that is the difference between a frame in 0.1 s and in over a second. The focus layer still draws arrows.
        type: edgeType(a.relation, curvature),
        curvature,
        label: "",
        hidden: !state().view.edges.has(edge),
        forceLabel: false,
        zIndex: 0,
      };
    },
  });
  sigma.on("beforeRender", () => labels.reset());
  const drawLabels = () => labels.draw(sigma.getCanvases().labels!.getContext("2d")!);
  sigma.on("afterRender", drawLabels);
  // Sigma's constructor has already rendered the first frame, before these listeners existed.
  drawLabels();
  return sigma;
}
