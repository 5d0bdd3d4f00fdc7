/**
 * List attributes (aliases, docs) as one string for formats that hold scalars only (GEXF, GraphML).
 * Items are joined with "|", which Gephi Lite splits into keywords; a "|" or "\" inside an item is
 * escaped with "\" so that kg's own reader gets every item back exactly.
 */
export const LIST_SEPARATOR = "|";

export function joinListText(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\|]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

export function splitListText(text: string): string[] {
  if (text === "") return [];
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) current += text[++i];
    else if (c === LIST_SEPARATOR) {
      items.push(current);
      current = "";
    } else current += c;
  }
  items.push(current);
  return items;
}
