/**
 * List attributes (aliases, docs) as one string for formats that hold scalars only (GEXF, GraphML, CSV).
 * Items are joined with "|", which Gephi Lite splits into keywords (CSV uses ";", neo4j-admin's
 * array delimiter); the separator or "\" inside an item is escaped with "\" so that every item,
 * an evidence quote included, comes back exactly.
 */
export const LIST_SEPARATOR = "|";

export function joinListText(items: readonly string[], separator = LIST_SEPARATOR): string {
  return items.map((item) => item.replace(/[\\]/g, "\\\\").split(separator).join(`\\${separator}`)).join(separator);
}

export function splitListText(text: string, separator = LIST_SEPARATOR): string[] {
  if (text === "") return [];
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) current += text[++i];
    else if (c === separator) {
      items.push(current);
      current = "";
    } else current += c;
  }
  items.push(current);
  return items;
}
