/** CSV rows for spreadsheets, Gephi and neo4j-admin: RFC 4180 quoting, formula cells neutralised. */

/** A cell a spreadsheet would run as a formula starts with a quote instead (OWASP's advice). */
function csvField(value: string | number): string {
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(",");
}
