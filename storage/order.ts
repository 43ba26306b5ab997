/**
 * Export order: code-point comparison, so a file's order never depends on the browser's
 * locale (localeCompare's would) and two exports of the same data are byte-identical.
 */
export function compareTuples(a: readonly string[], b: readonly string[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
