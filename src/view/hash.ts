/**
 * The view state in the URL hash (#node=…&rel=…), so that a view can be shared and reloaded.
 * Only what differs from the defaults is written; anything unknown in a hash is dropped, not trusted.
 */
import type { NodeKind, Relation } from "../model/graph.js";
import { isNodeKind, isRelation } from "../model/graph.js";
import { DEFAULT_FILTERS, type ViewFilters } from "./filters.js";

export interface ViewState {
  selected?: string;
  filters: ViewFilters;
}

export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.selected !== undefined) params.set("node", state.selected);
  if (!sameMembers(filters.relations, DEFAULT_FILTERS.relations)) params.set("rel", filters.relations.join(","));
  if (!sameMembers(filters.kinds, DEFAULT_FILTERS.kinds)) params.set("kind", filters.kinds.join(","));
  for (const doc of filters.docs) params.append("doc", doc);
  if (filters.minWeight !== DEFAULT_FILTERS.minWeight) params.set("w", String(filters.minWeight));
  if (filters.minConfidence !== DEFAULT_FILTERS.minConfidence) params.set("c", String(filters.minConfidence));
  if (filters.context !== DEFAULT_FILTERS.context) params.set("ctx", filters.context ? "1" : "0");
  if (filters.from !== undefined) params.set("from", filters.from);
  if (filters.to !== undefined) params.set("to", filters.to);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** Reads a hash; `nodeExists` and `knownDocs` keep out keys that are not in the loaded graph. */
export function decodeViewState(hash: string, nodeExists: (node: string) => boolean, knownDocs: ReadonlySet<string>): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const list = (name: string) => (params.get(name) ?? "").split(",").filter(Boolean);
  const number = (name: string, fallback: number, max: number) => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : fallback;
  };
  const node = params.get("node");
  return {
    ...(node !== null && nodeExists(node) ? { selected: node } : {}),
    filters: {
      relations: params.has("rel") ? list("rel").filter(isRelation) : [...DEFAULT_FILTERS.relations],
      kinds: params.has("kind") ? list("kind").filter(isNodeKind) : [...DEFAULT_FILTERS.kinds],
      docs: params.getAll("doc").filter((d) => knownDocs.has(d)),
      minWeight: number("w", DEFAULT_FILTERS.minWeight, Number.MAX_SAFE_INTEGER),
      minConfidence: number("c", DEFAULT_FILTERS.minConfidence, 1),
      context: params.has("ctx") ? params.get("ctx") === "1" : DEFAULT_FILTERS.context,
      ...dateParam(params, "from"),
      ...dateParam(params, "to"),
    },
  };
}

function sameMembers(a: readonly (Relation | NodeKind)[], b: readonly (Relation | NodeKind)[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A YYYY-MM-DD date from the hash, or nothing when absent or malformed. */
function dateParam(params: URLSearchParams, name: "from" | "to"): { from?: string } | { to?: string } {
  const value = params.get(name);
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { [name]: value } : {};
}
