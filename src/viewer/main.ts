/** Viewer entry: settings from the page URL, then the default graph. */
import "./style.css";
import { ViewerApp } from "./app.js";
import { DEFAULT_SETTINGS, SettingsError, resolveSettings, type ViewerSettings } from "./settings.js";
import { RELATION_COLORS, rgb } from "../model/appearance.js";
import { RELATIONS } from "../model/graph.js";

declare global {
  interface Window {
    /** The running viewer, for scripts and the browser tests (read its graph, view and renderer). */
    kgViewer: ViewerApp;
  }
}

// The stylesheet's relation colours are the graph's: one palette, defined in model/appearance.ts.
for (const relation of RELATIONS) document.documentElement.style.setProperty(`--rel-${relation}`, rgb(RELATION_COLORS[relation]));

let settings: ViewerSettings;
let rejected: string | undefined;
try {
  settings = resolveSettings(new URLSearchParams(location.search));
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  settings = { ...DEFAULT_SETTINGS };
  rejected = `${error.message}; using the defaults.`;
}
const app = new ViewerApp(settings);
window.kgViewer = app;
if (rejected) app.warn(rejected);
void app.openUrl(settings.graphUrl);
