/**
 * Node labels that never overlap. Sigma's label grid picks the candidates (a few per cell); long
 * labels, as position labels are, still run into each other. This drawer is sigma's
 * `defaultDrawNodeLabel`: during the frame it only collects the candidates, then after the frame
 * draws them by priority (labels forced by the focus, then the largest nodes), each right of its
 * disc, else left, below, above or at a corner of it, and skips any whose box would overlap one already drawn in all eight places. Long labels are shortened; the full text shows on hover and
 * in the panel.
 */
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

const MAX_LABEL_CHARS = 32;
/** Room around a label's box, in pixels, so that kept labels stay readable apart. */
const GAP = 2;

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };

export interface LabelCandidate {
  key: string;
  text: string;
  x: number;
  y: number;
  size: number;
  forced: boolean;
}

/** Words a shortened label does not end on: "withdrawal of troops from…" reads, "withdrawal of troops from the…" does not. */
const DANGLING = new Set(["a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "from", "with", "and", "or", "between", "into", "over", "under", "about", "its", "their", "his", "her", "this", "that"]);

/**
 * A label cut to a readable length at a phrase boundary: whole words, and not ending on an article,
 * a preposition or a conjunction; the full text shows on hover and in the panel.
 */
export function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL_CHARS) return label;
  const words = label.split(" ");
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(" ").length > MAX_LABEL_CHARS - 1) break;
    kept.push(word);
  }
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  // A single word longer than the limit is cut inside it.
  const text = kept.length ? kept.join(" ").replace(/[,;:]$/, "") : label.slice(0, MAX_LABEL_CHARS - 1);
  return `${text}…`;
}

/**
 * Where a label may go, in order: right of its disc, left of it, below, above, then at its four
 * corners. Computed per place, so that a frame allocates nothing for it.
 */
const PLACES = 8;

function labelLeft(place: number, c: LabelCandidate, textWidth: number): number {
  if (place === 0) return c.x + c.size + 3;
  if (place === 1) return c.x - c.size - 3 - textWidth;
  if (place < 4) return c.x - textWidth / 2;
  return place < 6 ? c.x + c.size : c.x - c.size - textWidth;
}

function labelMiddle(place: number, c: LabelCandidate, fontSize: number): number {
  if (place < 2) return c.y;
  return place % 2 === 0 ? c.y + c.size + fontSize / 2 + 2 : c.y - c.size - fontSize / 2 - 2;
}

const byPriority = (a: LabelCandidate, b: LabelCandidate) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.key < b.key ? -1 : 1);

export class LabelPlacer {
  /** Reused across frames: sigma draws labels on every camera move. */
  private readonly pool: LabelCandidate[] = [];
  private readonly order: LabelCandidate[] = [];
  private count = 0;
  private boxes = new Float64Array(4 * 256);
  private readonly drawn: string[] = [];
  private settings?: Settings;

  /** Called before each frame (sigma's "beforeRender"). */
  reset(): void {
    this.count = 0;
  }

  /** Keys of the nodes whose label the last frame drew: the browser tests check their boxes. */
  get drawnLabels(): readonly string[] {
    return this.drawn;
  }

  readonly collect = (_context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (!data.label || data.key === undefined) return;
    this.settings = settings;
    const text = shortLabel(data.label);
    const candidate = this.pool[this.count] ?? (this.pool[this.count] = { key: "", text: "", x: 0, y: 0, size: 0, forced: false });
    candidate.key = data.key;
    candidate.text = text;
    candidate.x = data.x;
    candidate.y = data.y;
    candidate.size = data.size;
    candidate.forced = data.forceLabel === true;
    this.count++;
  };

  /** Called after each frame (sigma's "afterRender") with the labels canvas. */
  draw(context: CanvasRenderingContext2D): void {
    this.drawn.length = 0;
    const settings = this.settings;
    if (!settings || !this.count) return;
    const candidates = this.order;
    candidates.length = 0;
    for (let i = 0; i < this.count; i++) candidates.push(this.pool[i]!);
    this.place(context, candidates, settings, this.drawn);
  }

  /** Draws the candidates by priority, each only where it overlaps none drawn before; keys drawn go to `drawn`. */
  place(context: CanvasRenderingContext2D, candidates: LabelCandidate[], settings: Pick<Settings, "labelSize" | "labelWeight" | "labelFont" | "labelColor">, drawn: string[]): void {
    candidates.sort(byPriority);
    const fontSize = settings.labelSize;
    context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
    context.fillStyle = settings.labelColor.color ?? "#000";
    let kept = 0;
    for (const c of candidates) {
      const textWidth = context.measureText(c.text).width;
      const width = textWidth + 2 * GAP;
      const height = fontSize + 2 * GAP;
      let place = 0;
      let left = 0;
      let middle = 0;
      for (; place < PLACES; place++) {
        left = labelLeft(place, c, textWidth);
        middle = labelMiddle(place, c, fontSize);
        if (!this.overlaps(kept, left - GAP, middle - fontSize / 2 - GAP, width, height)) break;
      }
      if (place === PLACES) continue;
      if ((kept + 1) * 4 > this.boxes.length) {
        const grown = new Float64Array(this.boxes.length * 2);
        grown.set(this.boxes);
        this.boxes = grown;
      }
      this.boxes[kept * 4] = left - GAP;
      this.boxes[kept * 4 + 1] = middle - fontSize / 2 - GAP;
      this.boxes[kept * 4 + 2] = width;
      this.boxes[kept * 4 + 3] = height;
      kept++;
      drawn.push(c.key);
      context.fillText(c.text, left, middle + fontSize / 3);
    }
  }

  /** Where the last frame drew each label, in viewport pixels (built on demand: the browser tests check them). */
  get drawnBoxes(): { key: string; x: number; y: number; width: number; height: number }[] {
    const b = this.boxes;
    return this.drawn.map((key, i) => ({ key, x: b[i * 4]! + GAP, y: b[i * 4 + 1]! + GAP, width: b[i * 4 + 2]! - 2 * GAP, height: b[i * 4 + 3]! - 2 * GAP }));
  }

  private overlaps(kept: number, x: number, y: number, width: number, height: number): boolean {
    const b = this.boxes;
    for (let i = 0; i < kept * 4; i += 4) {
      if (x < b[i]! + b[i + 2]! && b[i]! < x + width && y < b[i + 1]! + b[i + 3]! && b[i + 1]! < y + height) return true;
    }
    return false;
  }
}
