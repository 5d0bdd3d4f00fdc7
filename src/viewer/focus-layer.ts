/**
 * The hovered or selected node's neighbourhood, drawn on a 2D canvas above sigma's labels: a white
 * wash fades the whole graph, then the neighbourhood's edges, discs and labels are drawn on top,
 * with a ring around the selected node. Hover and selection therefore never re-render sigma's
 * WebGL layers, which at 50,000 edges in software WebGL costs over a second per frame; this is a
 * few dozen 2D strokes.
 */
import { DASHED_RELATIONS, DASH_PATTERN } from "../model/appearance.js";
import type { KnowledgeGraph } from "../model/graph.js";
import { LabelPlacer, shortLabel, type LabelCandidate } from "./labels.js";
import type { EdgeDisplay, Renderer } from "./render.js";

const WASH = "rgba(255, 255, 255, 0.82)";
const RING = "#1f2328";

export class FocusLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private focus?: string;
  private selected?: string;
  /** The focus and its neighbours. */
  private members: ReadonlySet<string> = new Set();
  private shownEdges: ReadonlySet<string> = new Set();
  private readonly placer = new LabelPlacer();
  private readonly candidates: LabelCandidate[] = [];
  private readonly drawn: string[] = [];
  private frame = 0;

  constructor(
    private readonly sigma: Renderer,
    private readonly data: KnowledgeGraph,
  ) {
    this.canvas = sigma.createCanvas("focus", { afterLayer: "labels" });
    this.canvas.style.pointerEvents = "none";
    this.context = this.canvas.getContext("2d")!;
    sigma.on("afterRender", () => this.draw());
    sigma.on("kill", () => cancelAnimationFrame(this.frame));
  }

  /** The node in focus, its neighbourhood, the selected node and the edges the filters show; drawn at the next frame. */
  set(focus: string | undefined, neighbours: ReadonlySet<string>, selected: string | undefined, shownEdges: ReadonlySet<string>): void {
    this.focus = focus;
    this.members = focus === undefined ? new Set() : new Set(neighbours).add(focus);
    this.selected = selected;
    this.shownEdges = shownEdges;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  /** The same focus, drawn on another renderer of the same graph (the PNG export's). */
  drawnOn(sigma: Renderer): FocusLayer {
    const copy = new FocusLayer(sigma, this.data);
    copy.set(this.focus, this.members, this.selected, this.shownEdges);
    return copy;
  }

  private draw(): void {
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const context = this.context;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    this.drawn.length = 0;
    const focus = this.focus;
    if (focus === undefined || !this.data.hasNode(focus)) {
      if (this.selected !== undefined) this.drawRing(this.selected);
      return;
    }
    context.fillStyle = WASH;
    context.fillRect(0, 0, width, height);
    const members = this.members;
    for (const node of members) {
      this.data.forEachOutEdge(node, (edge, a, source, target) => {
        if (!this.shownEdges.has(edge) || !members.has(target)) return;
        // As sigma draws it (colour, width, curve), hairlines of a large graph drawn as arrows.
        const shown = this.sigma.getEdgeDisplayData(edge) as EdgeDisplay | undefined;
        if (!shown) return;
        // Dashes are the second cue beside colour: rejected stances, and the pale "concerns" links.
        this.drawEdge(source, target, shown.color, shown.size, shown.curvature, DASHED_RELATIONS.has(a.relation) && !this.data.getAttribute("plain"));
      });
    }
    this.candidates.length = 0;
    for (const node of members) {
      const point = this.drawDisc(node);
      if (point) this.candidates.push({ key: node, text: shortLabel(this.data.getNodeAttribute(node, "label")), x: point.x, y: point.y, size: point.size, forced: node === focus });
    }
    if (this.selected !== undefined) this.drawRing(this.selected);
    this.placer.place(context, this.candidates, this.sigma.getSettings(), this.drawn);
  }

  /** The node's disc at its place on screen; its centre and radius, or undefined when hidden. */
  private drawDisc(node: string): { x: number; y: number; size: number } | undefined {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return undefined;
    const centre = this.sigma.framedGraphToViewport(data);
    const size = this.sigma.scaleSize(data.size);
    this.context.fillStyle = data.color;
    this.context.beginPath();
    this.context.arc(centre.x, centre.y, size, 0, 2 * Math.PI);
    this.context.fill();
    return { x: centre.x, y: centre.y, size };
  }

  private drawRing(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    const centre = this.sigma.framedGraphToViewport(data);
    this.context.strokeStyle = RING;
    this.context.lineWidth = 2;
    this.context.setLineDash([]);
    this.context.beginPath();
    this.context.arc(centre.x, centre.y, this.sigma.scaleSize(data.size) + 3, 0, 2 * Math.PI);
    this.context.stroke();
  }

  private drawEdge(source: string, target: string, colour: string, size: number, curvature: number, dashed: boolean): void {
    const from = this.sigma.getNodeDisplayData(source);
    const to = this.sigma.getNodeDisplayData(target);
    if (!from || !to) return;
    const a = this.sigma.framedGraphToViewport(from);
    const b = this.sigma.framedGraphToViewport(to);
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length < 1) return;
    const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
    const width = Math.max(1.5, size);
    const head = 4 + 2 * width;
    const targetRadius = this.sigma.scaleSize(to.size);
    const start = { x: a.x + ux * this.sigma.scaleSize(from.size), y: a.y + uy * this.sigma.scaleSize(from.size) };
    const tip = { x: b.x - ux * targetRadius, y: b.y - uy * targetRadius };
    const context = this.context;
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.lineWidth = width;
    context.setLineDash(dashed ? DASH_PATTERN : []);
    context.beginPath();
    context.moveTo(start.x, start.y);
    // Parallel edges bend as sigma's curve program bends them: off the middle, by the curvature.
    const bend = curvature * length;
    const control = { x: (a.x + b.x) / 2 - uy * bend, y: (a.y + b.y) / 2 + ux * bend };
    const [dx, dy] = curvature ? normalise(tip.x - control.x, tip.y - control.y) : [ux, uy];
    const neck = { x: tip.x - dx * head, y: tip.y - dy * head };
    if (curvature) context.quadraticCurveTo(control.x, control.y, neck.x, neck.y);
    else context.lineTo(neck.x, neck.y);
    context.stroke();
    context.setLineDash([]);
    context.beginPath();
    context.moveTo(tip.x, tip.y);
    context.lineTo(neck.x - dy * head * 0.5, neck.y + dx * head * 0.5);
    context.lineTo(neck.x + dy * head * 0.5, neck.y - dx * head * 0.5);
    context.closePath();
    context.fill();
  }
}

function normalise(x: number, y: number): [number, number] {
  const length = Math.hypot(x, y) || 1;
  return [x / length, y / length];
}
