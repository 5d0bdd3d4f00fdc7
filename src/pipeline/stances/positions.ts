/**
 * Positions: paraphrased stance contents merged into one node across sentences and documents.
 * Labels come from labels.ts and their keys from position-key.ts; here keys are only compared.
 */
import { TIME_ADJUNCT_NAMES } from "../../lexicon/cues.js";
import { slug } from "../../lexicon/normalize.js";
import { positionKey, stems } from "./position-key.js";
import type { ResolvedEntities } from "../entities.js";

export interface PositionRef {
  key: string;
  label: string;
  aliases: string[];
}

interface Cluster {
  ref: PositionRef;
  head: string;
  signature: Set<string>;
  /** The words of its first label and the noun that label's phrase is about ("swap" in "land swap for peace"). */
  words: string[];
  phraseHead: string;
  /** Made by a local item: other documents' labels do not join it. */
  local: boolean;
  /** For a two- or three-word noun compound ("fee cap"), its head noun's stem. */
  compound: string | undefined;
  /** Its first label's one word once acceptance and manner words go ("immediate and unconditional ceasefire" → "ceasefire"). */
  core: string | undefined;
  /** For a short description, its stems, the noun it is about last ("fee cap"). */
  described: string[] | undefined;
  /** The stems of its first label a description may name. */
  describable: string[];
  /** For a first label that opens with an act, the stem of what the act is done to. */
  theme: string | undefined;
  /** The stem of the more general noun for its first label's first word ("vote" for "elections…"). */
  broader: string | undefined;
  /** The verbs its first label's words name acts of, and for a short label the act it ends on. */
  acts: string[];
  shortAct: string | undefined;
  /** Documents its labels come from: "fee cap" and "commission cap" are one cap only within one. */
  docs: Set<string>;
  /** Creation order: the first fitting cluster takes a label, as in a scan. */
  order: number;
}

/** The index word under which a cluster is found by an act it does ("act:designate"), apart from its words' stems. */
const actKey = (verb: string) => `act:${verb}`;

/**
 * One position per paraphrase group: two labels merge when they open with the same action
 * (after synonyms) and share most of their other content words or the entities they concern.
 */
export function clusterPositions(items: readonly { label: string; doc: string; local?: boolean; concerns: readonly string[] }[], resolved: ResolvedEntities): PositionRef[] {
  // Clusters by the words of their signatures: a label is compared only with clusters it shares a word with.
  const byWord = new Map<string, Cluster[]>();
  const index = (cluster: Cluster, words: Iterable<string>) => {
    for (const word of words) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [cluster]);
      else if (!list.includes(cluster)) list.push(cluster);
    }
  };
  const usedKeys = new Set<string>();
  return items.map((item) => {
    const label = item.label;
    const { words, head, phraseHead: phrase, compound, core, described, describable, theme, broader, acts, shortAct } = positionKey(label);
    const concerned = item.concerns.filter((k) => resolved.entities.get(k)?.kind === "place" || resolved.entities.get(k)?.kind === "organization");
    const signature = new Set([...words, ...concerned]);
    const candidates = new Set<Cluster>();
    for (const word of [...signature, ...acts.map(actKey), ...(shortAct ? [actKey(shortAct)] : [])]) for (const cluster of byWord.get(word) ?? []) candidates.add(cluster);
    // A local item ("withdrawal" of "withdraw them") and a local cluster meet only within their document.
    // A story's own cluster first: "a cap" in a story about a spectrum cap is not another story's fee cap.
    const sameStory = (c: Cluster) => (c.docs.has(item.doc) ? 0 : 1);
    const matching = [...candidates].sort((a, b) => sameStory(a) - sameStory(b) || a.order - b.order).filter((c) => !(item.local || c.local) || c.docs.has(item.doc)).find((c) => c.head === head && sameBeyondHead(c, signature, head, c.docs.has(item.doc)) || !!core && c.core === core || sameInAnyOrder(c, signature, head, c.docs.has(item.doc)) || namesItsHead(words, c) || namesItsHead(c.words, { words, phraseHead: phrase }) || !!compound && c.compound === compound && c.docs.has(item.doc) || c.docs.has(item.doc) && (objectOfAct(label, c.ref.label) || objectOfAct(c.ref.label, label) || namesItsAmount(label, c.words) || namesItsAmount(c.ref.label, words) || !!theme && c.theme === theme && !(item.local || c.local) || namesTheAct(shortAct, c.acts) || namesTheAct(c.shortAct, acts)));
    // Within one story a short description names the position stated at length, the one about its noun first.
    const itself = { words, head, phraseHead: phrase, describable, broader };
    const describing = (c: Cluster) => c.docs.has(item.doc) && !(item.local || c.local) && (describes(described, words, c) || describes(c.described, c.words, itself));
    const aboutIt = (c: Cluster) => Number(!!described && !isAbout(described, c));
    const describedBy = matching ? undefined : [...candidates].filter(describing).sort((a, b) => aboutIt(a) - aboutIt(b) || a.order - b.order)[0];
    const match = matching ?? describedBy;
    if (match) {
      // A description that came first ("fee cap" in a headline) gives the node's label to the position stated at length about its noun.
      if (match === describedBy && match.described && words.length > match.words.length && isAbout(match.described, itself)) {
        match.ref.aliases.push(match.ref.label);
        match.ref.label = label;
      }
      match.docs.add(item.doc);
      if (!match.ref.aliases.includes(label) && match.ref.label !== label) match.ref.aliases.push(label);
      for (const s of signature) match.signature.add(s);
      index(match, signature);
      return match.ref;
    }
    let key = `position:${slug(label).slice(0, 60)}`;
    for (let n = 2; usedKeys.has(key); n++) key = `position:${slug(label).slice(0, 60)}-${n}`;
    usedKeys.add(key);
    const cluster: Cluster = { ref: { key, label, aliases: [] }, head, signature, words, phraseHead: phrase, compound, core, described, describable, theme, broader, acts, shortAct, docs: new Set([item.doc]), local: !!item.local, order: usedKeys.size };
    index(cluster, [head, ...signature, ...(compound ? [compound] : []), ...(core ? [core] : []), ...(theme ? [theme] : []), ...(broader ? [broader] : []), ...acts.map(actKey), ...(shortAct ? [actKey(shortAct)] : [])]);
    return cluster.ref;
  });
}

/**
 * Two labels with the same action are one position when what they are about is shared too:
 * "withdrawal of tariffs" and "withdrawal from five hilltop positions" share only the action.
 */
function sameBeyondHead(cluster: Cluster, signature: Set<string>, head: string, sameStory: boolean): boolean {
  const rest = (set: Set<string>) => new Set([...set].filter((s) => s !== head));
  const a = rest(cluster.signature);
  const b = rest(signature);
  // The act alone ("ceasefire", "signature") is its own story's: another story's "halt of enrichment" is another halt.
  if (!a.size || !b.size) return sameStory;
  return similarity(a, b) >= 0.4;
}

/**
 * "production limits" and "limits on the production of new plastic", "9.99 per cent rise" and
 * "raising council tax by 9.99 per cent": each label has the other's head, they share most of their
 * words, and no number differs.
 */
function sameInAnyOrder(cluster: Cluster, signature: Set<string>, head: string, sameStory: boolean): boolean {
  if (cluster.signature.size < 2 || signature.size < 2) return false;
  // Across stories an amount and a date are no topic: "20% from January" is not "cut of drug prices by 20% from January".
  if (!sameStory && ![...signature].some((w) => cluster.signature.has(w) && !/^\d/.test(w) && !TIME_WORDS.has(w))) return false;
  const numbers = (set: Set<string>) => [...set].filter((w) => /^\d/.test(w));
  const [ours, theirs] = [numbers(signature), numbers(cluster.signature)];
  const sharedNumber = ours.some((n) => theirs.includes(n));
  // "9% raise over two years" and "4.5% raise over two years": each has a number the other lacks.
  if (ours.some((n) => !theirs.includes(n)) && theirs.some((n) => !ours.includes(n))) return false;
  const heads = (cluster.signature.has(head) && signature.has(cluster.head)) || sharedNumber;
  return heads && similarity(cluster.signature, signature) >= 0.6;
}

/**
 * Within one story, a thing and the act done to it are one position: "home ministry" (demanded) and
 * "handover of the home ministry" (rejected). The short label must be all of the act's object.
 */
function objectOfAct(short: string, other: string): boolean {
  const object = /^\S+ of (?:the )?(.+)$/i.exec(other)?.[1];
  if (!object || /\s(?:of|for|in|on|to|from|with|at|by)\s/i.test(` ${object} `)) return false;
  const a = stems(short);
  const b = stems(object);
  return a.length >= 1 && a.length <= 3 && a.length === b.length && a.every((w, k) => w === b[k]);
}

/**
 * "designation" and "ex-ante designation", "allowance" and "rural allowance of 6,000 dirhams a month":
 * a short label whose words all stand in the other, ending on what the other is about, names the
 * same position ("ceasefire" is not "violation of the ceasefire", which is about a violation).
 */
function namesItsHead(short: readonly string[], other: { words: readonly string[]; phraseHead: string }): boolean {
  if (!short.length || short.length > 2 || short.length >= other.words.length) return false;
  return short[short.length - 1] === other.phraseHead && short.every((w) => other.words.includes(w));
}

/**
 * Within one story, "ex-ante designation" and "draft rule designating the largest platforms": a short
 * label ending on an act names the position that does that act.
 */
function namesTheAct(act: string | undefined, acts: readonly string[]): boolean {
  return !!act && acts.includes(act);
}

/** "fee cap" and "cap of 5% on the commission": the description's noun stands in the longer label. */
function describes(description: readonly string[] | undefined, short: readonly string[], other: Described): boolean {
  if (!description?.length || other.words.length <= short.length) return false;
  // "Serb municipalities association" and "pressure to set up an association of Serb-majority municipalities": every word is there.
  return isAbout(description, other) || description.every((w) => other.describable.includes(w));
}

interface Described {
  words: readonly string[];
  head: string;
  phraseHead: string;
  describable: readonly string[];
  broader: string | undefined;
}

/**
 * "cap of 5% on the commission" is about a cap, "cut of the Premier League" about a cut, not a league;
 * "elections to go ahead" about a vote, the noun WordNet names as what an election is.
 */
function isAbout(description: readonly string[], other: Described): boolean {
  const noun = description[description.length - 1];
  return other.head === noun || other.broader === noun || other.phraseHead === noun && other.describable.includes(noun);
}

/** Within one story, "18% figure" and "full 18% increase": an amount with a word that only says it is one. */
function namesItsAmount(short: string, other: readonly string[]): boolean {
  const amount = /^(\d[\d.,]*)%?\s+(?:figure|level|rate|mark|number|amount|sum)$/i.exec(short.trim())?.[1];
  return !!amount && other.includes(stems(amount)[0] ?? "") && other.length > 1;
}

/** Stems of the day and month names. */
const TIME_WORDS: ReadonlySet<string> = new Set(stems([...TIME_ADJUNCT_NAMES].join(" ")));

export function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size || 1);
}
