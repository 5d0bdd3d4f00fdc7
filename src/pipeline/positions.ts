/**
 * Positions: the content of a stance as a short label a reader understands out of context,
 * and paraphrases merged into one node across sentences and documents.
 */
import { slug } from "../lexicon/normalize.js";
import type { ResolvedEntities } from "./entities.js";
import type { PositionRef } from "./stances.js";

/** Verb → noun for the verbs that open most positions ("withdraw troops" → "withdrawal of troops"). */
export const NOMINALIZATIONS: Record<string, string> = {
  withdraw: "withdrawal", pull: "withdrawal", retreat: "retreat", cease: "cessation", stop: "end", end: "end", halt: "halt",
  recognize: "recognition", recognise: "recognition", accept: "acceptance", abandon: "abandonment", join: "joining",
  deploy: "deployment", cede: "cession", surrender: "surrender", release: "release", return: "return", increase: "increase",
  reduce: "reduction", cut: "cut", lift: "lifting", impose: "imposition", sign: "signing", hold: "holding", agree: "agreement",
  negotiate: "negotiation", disarm: "disarmament", demilitarize: "demilitarization", guarantee: "guarantee", provide: "provision",
  supply: "supply", send: "sending", restore: "restoration", respect: "respect", determine: "determination", show: "showing",
  receive: "receipt", lose: "loss", give: "giving", hand: "handover", freeze: "freeze", resume: "resumption", allow: "allowing",
  discuss: "discussion", take: "taking", keep: "keeping", remove: "removal", evacuate: "evacuation", exchange: "exchange",
};

const LEADING = /^(?:(?:the|a|an|any|its|their|his|her|our|my|all|such|some|this|that|these|those|idea|suggestion|notion|prospect|possibility|of|to|for|on|that)\s+)+/i;
const RELATIVE = /\s+(?:that|which|who|whom|where|when|it|they|he|she|we)\s+(?!is\b)/i;
const STOP = new Set([
  "the", "a", "an", "of", "to", "for", "on", "in", "at", "from", "by", "with", "and", "or", "its", "their", "his", "her", "our", "any",
  "all", "be", "is", "are", "was", "were", "that", "this", "there", "should", "must", "would", "will", "up", "back", "out", "parts", "part",
]);
const SYNONYMS: Record<string, string> = {
  pull: "withdr", retre: "withdr", withd: "withdr", force: "troop", troop: "troop", soldi: "troop", army: "troop", armed: "troop",
  truce: "ceasefire", cease: "cessa", halt: "cessa", stop: "cessa", assis: "aid", suppo: "aid", aid: "aid", guara: "guara",
};

export function positionLabel(text: string): string {
  let label = text.replace(/["“”]/g, "").replace(/\s+/g, " ").trim();
  // "Kyiv to withdraw troops": the demand is the action, the addressee is in the sentence.
  label = label.replace(/^(?:[\p{Lu}][\p{L}.’'-]*\s*){1,3}(?:to)\s+/u, "");
  // "Russia's key demand to withdraw…": the content is the demand's.
  label = label.replace(/^(?:[\p{Lu}][\p{L}.’'-]*\s*){1,3}['’]s\s+(?:\w+\s+)?(?:demands?|push|call|proposal|plan|offer)\s+(?:to|for|that|of)\s+/u, "");
  label = label.replace(LEADING, "");
  const words = label.split(" ");
  const relative = label.slice(1).search(RELATIVE);
  if (relative > 0 && label.slice(0, relative + 1).split(" ").length >= 3) label = label.slice(0, relative + 1);
  const first = words[0]?.toLowerCase() ?? "";
  const noun = NOMINALIZATIONS[first];
  if (noun) {
    const rest = label.slice(words[0]!.length).replace(/^\s+(?:back|out|up|down|over)\b/i, "").replace(LEADING, "").trim();
    label = rest ? `${noun} ${/^(from|to|of|on|in|for|with)\b/i.test(rest) ? "" : "of "}${rest}` : noun;
  }
  label = label.replace(/\s+(?:its|their|his|her|our)\s+/gi, " ").replace(/[\s,.;:—–-]+$/, "");
  return label.split(" ").slice(0, 12).join(" ");
}

function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => {
      const stem = w.slice(0, 5);
      return SYNONYMS[stem] ?? SYNONYMS[w] ?? stem;
    });
}

interface Cluster {
  ref: PositionRef;
  head: string;
  signature: Set<string>;
}

/**
 * One position per paraphrase group: two labels merge when they open with the same action
 * (after synonyms) and share most content words or the entities they concern.
 */
export function clusterPositions(items: readonly { text: string; concerns: readonly string[] }[], resolved: ResolvedEntities): PositionRef[] {
  const clusters: Cluster[] = [];
  const usedKeys = new Set<string>();
  return items.map((item) => {
    const label = positionLabel(item.text);
    const words = stems(label);
    const concerned = item.concerns.filter((k) => resolved.entities.get(k)?.kind === "place" || resolved.entities.get(k)?.kind === "organization");
    const signature = new Set([...words, ...concerned]);
    const head = words[0] ?? label.toLowerCase();
    const match = clusters.find((c) => c.head === head && similarity(c.signature, signature) >= 0.4);
    if (match) {
      if (!match.ref.aliases.includes(label) && match.ref.label !== label) match.ref.aliases.push(label);
      for (const s of signature) match.signature.add(s);
      return match.ref;
    }
    let key = `position:${slug(label).slice(0, 60)}`;
    for (let n = 2; usedKeys.has(key); n++) key = `position:${slug(label).slice(0, 60)}-${n}`;
    usedKeys.add(key);
    const cluster: Cluster = { ref: { key, label, aliases: [] }, head, signature };
    clusters.push(cluster);
    return cluster.ref;
  });
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size || 1);
}
