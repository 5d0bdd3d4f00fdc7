/** Library entry point: building, querying and exporting are functions; the CLI only wraps them. */
export * from "./model/graph.js";
export { buildGraph, type BuildOptions, type BuildResult, type BuildSummary } from "./pipeline/build.js";
export { loadGraphFile, writeGraphOutputs } from "./io/graph-files.js";
export { parseGraphFile, parseGraphJson, parseGexf } from "./io/graph-parse.js";
export { GraphFileError } from "./io/graph-error.js";
export { graphToJson } from "./export/json.js";
export { BuildError } from "./pipeline/build-error.js";
export { OutputLockedError } from "./io/atomic.js";
export { findNode, queryNeighbours, groupHeading, linkDetails, type NeighbourQuery, type NeighbourResult, type NeighbourGroup, type NeighbourLink, type Direction } from "./query/neighbours.js";
export { computeStats, type GraphStats } from "./query/stats.js";
export { alignmentsOf, computeAlignments, type Alignment, type ActorAlignments, type Counterpart, type SharedPosition } from "./query/alignments.js";
export { exportGraph, type ExportFile } from "./export/index.js";
export { EXPORT_FORMATS, type ExportFormat } from "./export/formats.js";
export { toGexf } from "./export/gexf.js";
