/**
 * PNG of what the screen shows, at twice its pixel density, with a title and a legend: sigma's
 * layers redrawn by @sigma/export-image in a temporary renderer, our label and focus layers drawn
 * into it as on screen, then composed under a header and above a legend.
 */
import { drawOnCanvas } from "@sigma/export-image";
import { DASHED_RELATIONS, DASH_PATTERN, KIND_COLORS, RELATION_COLORS, rgb } from "../model/appearance.js";
import { NODE_KINDS, RELATIONS } from "../model/graph.js";
import type { VisibleView } from "../view/filters.js";
import type { FocusLayer } from "./focus-layer.js";
import type { LabelPlacer } from "./labels.js";
import type { Renderer } from "./render.js";

export const PNG_SCALE = 2;
const HEADER = 58;
const LEGEND = 34;
const PAD = 16;

export interface PngScene {
  sigma: Renderer;
  labels: LabelPlacer;
  focusLayer: FocusLayer;
  view: VisibleView;
  title: string;
  subtitle: string;
}

export async function sceneToPng(scene: PngScene): Promise<Blob> {
  const graphCanvas = await atPixelRatio(PNG_SCALE, () =>
    drawOnCanvas(scene.sigma, {
      backgroundColor: "#ffffff",
      withTempRenderer: (copy) => {
        // The copy shares our settings, so its labels go to the same placer: draw them on its canvas, and redraw the focus there.
        copy.on("beforeRender", () => scene.labels.reset());
        copy.on("afterRender", () => scene.labels.draw(copy.getCanvases().labels!.getContext("2d")!));
        scene.focusLayer.drawnOn(copy);
        copy.refresh();
      },
    }),
  );
  const { width, height } = scene.sigma.getDimensions();
  const canvas = document.createElement("canvas");
  canvas.width = width * PNG_SCALE;
  canvas.height = (height + HEADER + LEGEND) * PNG_SCALE;
  const context = canvas.getContext("2d")!;
  context.scale(PNG_SCALE, PNG_SCALE);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height + HEADER + LEGEND);
  context.fillStyle = "#1f2328";
  context.font = "600 18px system-ui, sans-serif";
  context.fillText(scene.title, PAD, 26);
  context.fillStyle = "#59636e";
  context.font = "13px system-ui, sans-serif";
  context.fillText(scene.subtitle, PAD, 46);
  context.drawImage(graphCanvas, 0, HEADER, width, height);
  drawLegend(context, scene.view, PAD, height + HEADER + LEGEND / 2 + 4, width - PAD);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))), "image/png"));
}

/** The relations and kinds the view shows, each with its swatch and count (rejected dashed, as on screen). */
function drawLegend(context: CanvasRenderingContext2D, view: VisibleView, left: number, y: number, right: number): void {
  context.font = "12px system-ui, sans-serif";
  let x = left;
  for (const relation of RELATIONS) {
    if (!view.edgesByRelation[relation] || x > right - 120) continue;
    context.strokeStyle = rgb(RELATION_COLORS[relation]);
    context.lineWidth = 3;
    context.setLineDash(DASHED_RELATIONS.has(relation) ? DASH_PATTERN : []);
    context.beginPath();
    context.moveTo(x, y - 4);
    context.lineTo(x + 18, y - 4);
    context.stroke();
    x = legendText(context, `${relation.replace("_", " ")} ${view.edgesByRelation[relation]}`, x + 24, y);
  }
  context.setLineDash([]);
  for (const kind of NODE_KINDS) {
    if (!view.nodesByKind[kind] || x > right - 100) continue;
    context.fillStyle = rgb(KIND_COLORS[kind]);
    context.beginPath();
    context.arc(x + 6, y - 4, 6, 0, 2 * Math.PI);
    context.fill();
    x = legendText(context, `${kind} ${view.nodesByKind[kind]}`, x + 16, y);
  }
}

function legendText(context: CanvasRenderingContext2D, text: string, x: number, y: number): number {
  context.fillStyle = "#1f2328";
  context.fillText(text, x, y);
  return x + context.measureText(text).width + 18;
}

/**
 * Sigma and the export read `window.devicePixelRatio` when they build their canvases; the export
 * renderer is built at this ratio so that the image has `ratio` pixels per screen pixel.
 */
async function atPixelRatio<T>(ratio: number, run: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await run();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}
