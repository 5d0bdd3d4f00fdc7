/** The formats `kg export` writes; apart from the writers so that the CLI can check an option without loading them. */
export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}
