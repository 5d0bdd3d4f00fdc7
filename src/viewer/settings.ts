/**
 * The viewer's settings: one typed object, its defaults beside it, validated once at start.
 * A page URL can override the graph to load and the size measure (`?graph=big.json&size=degree`).
 */
export type SizeMeasure = "mentions" | "degree";
export type ColourMeasure = "kind" | "community";

export interface ViewerSettings {
  /** Graph loaded at start, relative to the page. */
  graphUrl: string;
  sizeBy: SizeMeasure;
  colourBy: ColourMeasure;
  /** Labels per cell of sigma's label grid (which keeps labels from overlapping); the legend's slider changes it. */
  labelDensity: number;
  /** Up to this many nodes shown, every node is offered a label (the overlap rule still applies). */
  labelAllUpTo: number;
  /** Sigma draws labels of nodes above this rendered size (pixels). */
  labelRenderedSizeThreshold: number;
  /**
   * Above this many edges the graph is drawn for speed: edges as hairlines without arrowheads, nodes
   * as GL points, no edge picking (clicking an edge shows its quotes only below it), edges hidden
   * while the camera is dragged, and zoom as a bitmap until the wheel rests.
   */
  largeGraphEdges: number;
  /** A large graph zooms as a bitmap and renders the new view once the wheel or the zoom buttons rest this long (ms). */
  zoomRestMs: number;
  /** ForceAtlas2 runs this long (ms) when the graph has no positions, then noverlap. */
  autoLayoutMs: number;
  noverlapIterations: number;
  /** Camera zoom ratio when the search moves to a node. */
  focusRatio: number;
}

export const DEFAULT_SETTINGS: Readonly<ViewerSettings> = Object.freeze({
  graphUrl: "graph.json",
  sizeBy: "mentions",
  colourBy: "kind",
  labelDensity: 1,
  labelAllUpTo: 150,
  labelRenderedSizeThreshold: 4,
  largeGraphEdges: 10_000,
  zoomRestMs: 120,
  autoLayoutMs: 4000,
  noverlapIterations: 40,
  focusRatio: 0.35,
});

export class SettingsError extends Error {
  constructor(name: string, value: string, expected: string) {
    super(`Viewer setting "${name}": got "${value}", expected ${expected}`);
    this.name = "SettingsError";
  }
}

/** Reads overrides from the page's query string and checks them. */
export function resolveSettings(query: URLSearchParams): ViewerSettings {
  const settings: ViewerSettings = { ...DEFAULT_SETTINGS };
  const graph = query.get("graph");
  if (graph !== null) {
    // Same-origin relative paths only: a shared link must not make the page fetch from elsewhere.
    if (!/^[\w./-]+\.(json|gexf)$/i.test(graph) || graph.includes("..")) throw new SettingsError("graph", graph, "a relative path to a .json or .gexf file");
    settings.graphUrl = graph;
  }
  const size = query.get("size");
  if (size !== null) {
    if (size !== "mentions" && size !== "degree") throw new SettingsError("size", size, '"mentions" or "degree"');
    settings.sizeBy = size;
  }
  return settings;
}
