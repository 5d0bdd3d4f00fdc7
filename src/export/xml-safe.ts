/**
 * XML 1.0 forbids most control characters (form feed, \\x01…), lone surrogates and U+FFFE/U+FFFF,
 * even escaped; a file name or a scraped page may hold them. They become a space in every value
 * and name the XML writers emit.
 */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, " ");
}

/** Every string inside a value (strings, arrays, plain objects), made XML-safe. */
export function xmlSafeValue<T>(value: T): T {
  if (typeof value === "string") return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafeValue) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [xmlSafe(k), xmlSafeValue(v)])) as T;
  return value;
}
