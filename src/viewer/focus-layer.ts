/**
 * The hovered or selected node's own edges and its neighbours' discs, drawn on a 2D canvas above
 * sigma's node layer (under the labels) while the edge layer is faded by CSS. Fading 50,000 edges through the edge reducer would make sigma
 * re-process every edge on each hover (≈85 ms here); this costs one draw of the node's few edges.
 */
import type { KnowledgeGraph } from "../model/graph.js";
import type { RenderGraph, Renderer } from "./render.js";

const FADED_EDGE_OPACITY = "0.12";

export class FocusLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private focus?: string;
  private shownEdges: ReadonlySet<string> = new Set();

  constructor(
    private readonly sigma: Renderer,
    private readonly graph: RenderGraph,
    private readonly data: KnowledgeGraph,
  ) {
    this.canvas = sigma.createCanvas("focus", { afterLayer: "nodes" });
    this.context = this.canvas.getContext("2d")!;
    sigma.on("afterRender", () => this.draw());
  }

  /** The node in focus and the edges the filters show; sigma's next render draws them. */
  set(focus: string | undefined, shownEdges: ReadonlySet<string>): void {
    this.focus = focus;
    this.shownEdges = shownEdges;
    this.sigma.getCanvases().edges!.style.opacity = focus === undefined ? "" : FADED_EDGE_OPACITY;
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
    if (this.focus === undefined || !this.graph.hasNode(this.focus)) return;
    const ends = new Set([this.focus]);
    this.graph.forEachEdge(this.focus, (edge, a, source, target) => {
      if (!this.shownEdges.has(edge)) return;
      // Dashes are the second cue beside colour: rejected stances, and the pale "concerns" links.
      const relation = this.data.getEdgeAttribute(edge, "relation");
      this.drawEdge(source, target, a.color, a.size, a.curvature, relation === "rejected" || relation === "concerns");
      ends.add(source).add(target);
    });
    // Faded nodes lie on top of these edges in sigma's layer: redraw the neighbourhood above them.
    for (const node of ends) this.drawDisc(node);
  }

  private drawDisc(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const centre = this.sigma.framedGraphToViewport(data);
    this.context.fillStyle = data.color;
    this.context.beginPath();
    this.context.arc(centre.x, centre.y, this.sigma.scaleSize(data.size), 0, 2 * Math.PI);
    this.context.fill();
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
    const width = Math.max(1, size);
    const head = 4 + 2 * width;
    const targetRadius = this.sigma.scaleSize(to.size);
    const start = { x: a.x + ux * this.sigma.scaleSize(from.size), y: a.y + uy * this.sigma.scaleSize(from.size) };
    const tip = { x: b.x - ux * targetRadius, y: b.y - uy * targetRadius };
    const context = this.context;
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.lineWidth = width;
    context.setLineDash(dashed ? [4, 3] : []);
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
