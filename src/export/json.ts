/** graph.json: graphology's serialisation, one attribute per line so diffs stay readable. */
import type { KnowledgeGraph } from "../model/graph.js";

export function graphToJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}
