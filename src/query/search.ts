/** Name search with suggestions over labels and aliases, case- and diacritics-insensitive. */
import type { KnowledgeGraph, NodeKind } from "../model/graph.js";
import { foldForSearch } from "../lexicon/normalize.js";

export interface SearchSuggestion {
  node: string;
  label: string;
  kind: NodeKind;
  /** The alias that matched, when it is not the label. */
  matched?: string;
}

interface IndexedName {
  node: string;
  name: string;
  folded: string;
  /** Entities rank before positions, then by mentions. */
  rank: number;
}

/** Folds every name once, so that each keystroke only compares strings. */
export class SearchIndex {
  private readonly names: IndexedName[] = [];

  constructor(private readonly graph: KnowledgeGraph) {
    graph.forEachNode((node, a) => {
      const rank = (a.kind === "position" ? 0 : 1_000_000) + a.mentions;
      for (const name of new Set([a.label, ...a.aliases])) this.names.push({ node, name, folded: foldForSearch(name), rank });
    });
  }

  /** Best match per node: whole name, then prefix, then word prefix, then anywhere. */
  suggest(text: string, limit = 8): SearchSuggestion[] {
    const wanted = foldForSearch(text);
    if (!wanted) return [];
    const best = new Map<string, { name: IndexedName; score: number }>();
    for (const name of this.names) {
      const score = matchScore(name.folded, wanted);
      if (score === undefined) continue;
      const current = best.get(name.node);
      if (!current || score < current.score) best.set(name.node, { name, score });
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || b.name.rank - a.name.rank || (a.name.node < b.name.node ? -1 : 1))
      .slice(0, limit)
      .map(({ name }) => {
        const a = this.graph.getNodeAttributes(name.node);
        return { node: name.node, label: a.label, kind: a.kind, ...(name.name !== a.label ? { matched: name.name } : {}) };
      });
  }
}

function matchScore(folded: string, wanted: string): number | undefined {
  if (folded === wanted) return 0;
  if (folded.startsWith(wanted)) return 1;
  const at = folded.indexOf(wanted);
  if (at < 0) return undefined;
  return /[\s\-–’'(]/.test(folded[at - 1]!) ? 2 : 3;
}
