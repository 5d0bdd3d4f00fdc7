/**
 * Node labels that never overlap. Sigma's label grid picks the candidates (a few per cell); long
 * labels, as position labels are, still run into each other. This drawer is sigma's
 * `defaultDrawNodeLabel`: during the frame it only collects the candidates, then after the frame
 * draws them by priority (labels forced by the focus, then the largest nodes) and skips any whose
 * box would overlap one already drawn. Long labels are shortened; the full text shows on hover and
 * in the panel.
 */
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

const MAX_LABEL_CHARS = 42;
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

/** A label cut to a readable length; the full text shows on hover and in the panel. */
export function shortLabel(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : label;
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
      const x = c.x + c.size + 3 - GAP;
      const y = c.y - fontSize / 2 - GAP;
      const width = context.measureText(c.text).width + 2 * GAP;
      const height = fontSize + 2 * GAP;
      if (this.overlaps(kept, x, y, width, height)) continue;
      if ((kept + 1) * 4 > this.boxes.length) {
        const grown = new Float64Array(this.boxes.length * 2);
        grown.set(this.boxes);
        this.boxes = grown;
      }
      this.boxes[kept * 4] = x;
      this.boxes[kept * 4 + 1] = y;
      this.boxes[kept * 4 + 2] = width;
      this.boxes[kept * 4 + 3] = height;
      kept++;
      drawn.push(c.key);
      context.fillText(c.text, c.x + c.size + 3, c.y + fontSize / 3);
    }
  }

  private overlaps(kept: number, x: number, y: number, width: number, height: number): boolean {
    const b = this.boxes;
    for (let i = 0; i < kept * 4; i += 4) {
      if (x < b[i]! + b[i + 2]! && b[i]! < x + width && y < b[i + 1]! + b[i + 3]! && b[i + 1]! < y + height) return true;
    }
    return false;
  }
}
