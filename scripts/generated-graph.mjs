/**
 * A generated graph in the graph.json contract for the benchmarks: `nodeCount` nodes in clusters,
 * `edgeCount` edges mostly inside a cluster, seeded so that every run gets the same graph.
 */
const RELATIONS = ["demanded", "rejected", "proposed", "concerns", "affiliated_with"];
const KINDS = ["person", "state", "organization", "place", "position"];

export function generateGraph({ nodeCount = 10_000, edgeCount = 50_000, clusters = 40, seed = 7 } = {}) {
  let state = seed;
  const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const clusterOf = (i) => i % clusters;
  const centres = Array.from({ length: clusters }, (_, c) => {
    const angle = c * 2.399963;
    const radius = 60 * Math.sqrt(c + 1);
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const [cx, cy] = centres[clusterOf(i)];
    const r = 40 * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    return {
      key: `n${i}`,
      attributes: { label: `Actor ${i}`, kind: KINDS[i % 5], aliases: [`A${i}`], mentions: 1 + (i % 17), docs: ["d.txt"], x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), size: 3 + (i % 17) / 3 },
    };
  });
  const pick = (cluster) => cluster + clusters * Math.floor(random() * (nodeCount / clusters));
  const edges = [];
  for (let i = 0; edges.length < edgeCount; i++) {
    const source = Math.floor(random() * nodeCount);
    const target = random() < 0.9 ? pick(clusterOf(source)) : Math.floor(random() * nodeCount);
    if (source === target || target >= nodeCount) continue;
    edges.push({ key: `e${i}`, source: `n${source}`, target: `n${target}`, attributes: { relation: RELATIONS[i % 5], evidence: [{ doc: "d.txt", quote: `Quote ${i}.` }], weight: 1 + (i % 3), confidence: 0.8 } });
  }
  return { attributes: { documents: ["d.txt"] }, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes, edges };
}
