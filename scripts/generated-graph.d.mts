export declare function generateGraph(options?: { nodeCount?: number; edgeCount?: number; clusters?: number; seed?: number; documentCount?: number }): {
  attributes: Record<string, unknown>;
  options: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
};
