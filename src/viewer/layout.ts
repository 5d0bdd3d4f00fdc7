/**
 * Layout in the browser: ForceAtlas2 in a web worker (so the page stays responsive), then noverlap
 * once it stops so that labels and discs do not sit on each other. Both write the nodes' x and y,
 * which are data (graph.json and GEXF carry them), as `kg build`'s layout does.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../model/graph.js";

export class LayoutController {
  private readonly supervisor: FA2LayoutSupervisor;

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly noverlapIterations: number,
    private readonly onChange: (running: boolean) => void,
  ) {
    const settings = forceAtlas2.inferSettings(graph);
    this.supervisor = new FA2LayoutSupervisor(graph, { settings: { ...settings, barnesHutOptimize: graph.order > 2000 }, getEdgeWeight: null });
  }

  get running(): boolean {
    return this.supervisor.isRunning();
  }

  start(): void {
    if (this.running) return;
    this.supervisor.start();
    this.onChange(true);
  }

  stop(): void {
    if (!this.running) return;
    this.supervisor.stop();
    noverlap.assign(this.graph, { maxIterations: this.noverlapIterations, settings: { margin: 2, ratio: 1.1 } });
    this.onChange(false);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  kill(): void {
    this.supervisor.kill();
  }
}
