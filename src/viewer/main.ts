/** Viewer entry: settings from the page URL, then the default graph. */
import "./style.css";
import { ViewerApp } from "./app.js";
import { DEFAULT_SETTINGS, SettingsError, resolveSettings, type ViewerSettings } from "./settings.js";
import { byId } from "./dom.js";

declare global {
  interface Window {
    /** The running viewer, for scripts and the browser tests (read its graph, view and renderer). */
    kgViewer: ViewerApp;
  }
}

let settings: ViewerSettings;
try {
  settings = resolveSettings(new URLSearchParams(location.search));
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  settings = { ...DEFAULT_SETTINGS };
  byId("status").textContent = `${error.message}; using the defaults.`;
}
const app = new ViewerApp(settings);
window.kgViewer = app;
void app.openUrl(settings.graphUrl);
