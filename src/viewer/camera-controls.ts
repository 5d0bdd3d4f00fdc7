/**
 * Zoom for the wheel and the zoom buttons. A small graph keeps sigma's animated zoom. A large one
 * zooms as a bitmap: in software WebGL one frame of a 10,000-node graph costs about 0.25 s, so an
 * animated zoom (a render per animation step) kept every wheel step waiting that long. Each step
 * instead scales the last rendered frame at once (a CSS transform on sigma's layers, one compositor
 * frame), and sigma renders the new camera once the steps pause.
 */
import type { CameraState, Coordinates, WheelCoords } from "sigma/types";
import type { Renderer } from "./render.js";

export interface CameraControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

const ANIMATION = { duration: 200 };
const FITTED: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

export function cameraControls(sigma: Renderer, bitmap: boolean, restMs: number): CameraControls {
  if (!bitmap) {
    const camera = sigma.getCamera();
    return {
      zoomIn: () => void camera.animatedZoom(ANIMATION),
      zoomOut: () => void camera.animatedUnzoom(ANIMATION),
      fit: () => void camera.animatedReset(ANIMATION),
    };
  }
  const zoom = new BitmapZoom(sigma, restMs);
  const centre = () => ({ x: sigma.getDimensions().width / 2, y: sigma.getDimensions().height / 2 });
  const step = sigma.getSetting("zoomingRatio");
  return {
    zoomIn: () => zoom.zoomAt(centre(), step),
    zoomOut: () => zoom.zoomAt(centre(), 1 / step),
    fit: () => zoom.moveTo(FITTED),
  };
}

/** Sigma's layers that show the graph; the mouse layer takes the events and must keep its place. */
const MOUSE_LAYER = "mouse";

class BitmapZoom {
  /** The camera of the frame on screen. */
  private rendered: CameraState;
  /** Where the steps so far lead, until sigma renders it. */
  private target?: CameraState;
  private timer = 0;
  private lastWheel = { direction: 0, time: 0 };
  private shownTransform = "";

  constructor(
    private readonly sigma: Renderer,
    private readonly restMs: number,
  ) {
    this.rendered = sigma.getCamera().getState();
    sigma.getMouseCaptor().on("wheel", (event) => this.wheel(event));
    sigma.on("afterRender", () => {
      this.rendered = sigma.getCamera().getState();
      this.showTarget();
    });
    sigma.on("kill", () => window.clearTimeout(this.timer));
  }

  /** Scales by `factor` (above 1 zooms in) and keeps the graph point under `anchor` (viewport pixels) in place. */
  zoomAt(anchor: Coordinates, factor: number): void {
    const camera = this.sigma.getCamera();
    const from = this.target ?? camera.getState();
    const ratio = camera.getBoundedRatio(from.ratio / factor);
    if (ratio === from.ratio) return;
    const under = this.sigma.viewportToFramedGraph(anchor, { cameraState: from });
    const shrink = ratio / from.ratio;
    this.moveTo({ ...from, ratio, x: under.x + (from.x - under.x) * shrink, y: under.y + (from.y - under.y) * shrink });
  }

  moveTo(state: CameraState): void {
    this.target = state;
    this.showTarget();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const target = this.target;
      this.target = undefined;
      // Sigma renders the new camera at the next frame; its afterRender then drops the transform.
      if (target) this.sigma.getCamera().setState(target);
    }, this.restMs);
  }

  private wheel(event: WheelCoords): void {
    // Sigma 3.0.3 copies wheel coordinates from mouse ones, and the copy's preventSigmaDefault() flags the original object: the flag is set directly.
    event.sigmaDefaultPrevented = true;
    const direction = Math.sign(event.delta);
    if (direction === 0) return;
    // As sigma does: a touchpad sends a burst of wheel events per gesture, and each would be a whole step.
    const now = performance.now();
    const burst = direction === this.lastWheel.direction && now - this.lastWheel.time < this.sigma.getSetting("zoomDuration") / 5;
    this.lastWheel = { direction, time: now };
    if (burst) return;
    const step = this.sigma.getSetting("zoomingRatio");
    this.zoomAt(event, direction > 0 ? step : 1 / step);
  }

  /** Places the rendered frame where the target camera would draw it: a scale and a shift, as the camera does not turn. */
  private showTarget(): void {
    let transform = "";
    if (this.target) {
      const origin = this.sigma.framedGraphToViewport(this.sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: this.rendered }), { cameraState: this.target });
      const scale = this.rendered.ratio / this.target.ratio;
      transform = `translate(${origin.x}px, ${origin.y}px) scale(${scale})`;
    }
    // Sigma calls this after every render; most have no transform to change.
    if (transform === this.shownTransform) return;
    this.shownTransform = transform;
    for (const [layer, canvas] of Object.entries(this.sigma.getCanvases())) {
      if (layer === MOUSE_LAYER) continue;
      canvas.style.transformOrigin = "0 0";
      canvas.style.transform = transform;
    }
  }
}
