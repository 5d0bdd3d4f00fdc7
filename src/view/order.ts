/** Code-point order for strings and numbers: the same on every machine, unlike localeCompare. */
export function compareValues(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
