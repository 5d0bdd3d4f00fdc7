/**
 * A generated graph in the graph.json contract for the benchmarks: `nodeCount` nodes in clusters,
 * `edgeCount` edges mostly inside a cluster, seeded so that every run gets the same graph. Edges
 * carry evidence as real ones do (one to three quotes of a news sentence's length, from a few
 * hundred dated documents with headlines), so loading and the tables pay the real cost.
 */
const RELATIONS = ["demanded", "rejected", "proposed", "concerns", "affiliated_with"];
const KINDS = ["person", "state", "organization", "place", "position"];

const SENTENCE = "officials said on Tuesday that the government would not accept the proposal unless the other side first agreed to a ceasefire and the release of prisoners held since the talks collapsed last year";

export function generateGraph({ nodeCount = 10_000, edgeCount = 50_000, clusters = 40, seed = 7, documentCount = 400 } = {}) {
  let state = seed;
  const documents = Array.from({ length: documentCount }, (_, d) => `doc${String(d).padStart(3, "0")}.html`);
  const dateOf = (d) => `2025-${String(1 + (d % 12)).padStart(2, "0")}-${String(1 + (d % 28)).padStart(2, "0")}`;
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
      attributes: { label: i % 5 === 4 ? `withdrawal of troops from region ${i} before the talks` : `Actor ${i}`, kind: KINDS[i % 5], aliases: [`A${i}`], mentions: 1 + (i % 17), docs: [documents[i % documentCount], documents[(i * 7) % documentCount]].sort(), x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), size: 3 + (i % 17) / 3 },
    };
  });
  const pick = (cluster) => cluster + clusters * Math.floor(random() * (nodeCount / clusters));
  const edges = [];
  for (let i = 0; edges.length < edgeCount; i++) {
    const source = Math.floor(random() * nodeCount);
    const target = random() < 0.9 ? pick(clusterOf(source)) : Math.floor(random() * nodeCount);
    if (source === target || target >= nodeCount) continue;
    const evidence = Array.from({ length: 1 + (i % 3) }, (_, k) => {
      const d = (i + 131 * k) % documentCount;
      return { doc: documents[d], quote: `Actor ${source} ${SENTENCE.slice(0, 80 + (i % 120))} (${i}.${k}).`, date: dateOf(d) };
    });
    edges.push({ key: `e${i}`, source: `n${source}`, target: `n${target}`, attributes: { relation: RELATIONS[i % 5], evidence, weight: evidence.length, confidence: 0.5 + (i % 50) / 100 } });
  }
  const headlines = Object.fromEntries(documents.map((doc, d) => [doc, `Talks on region ${d} stall as both sides harden their demands`]));
  return { attributes: { documents, headlines }, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes, edges };
}
