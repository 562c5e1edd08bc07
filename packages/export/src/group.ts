// Grouping records by a key, keeping their order.

/** Groups records under each of their keys (`undefined` keys skipped; a record is listed once per key). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined | readonly (string | undefined)[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const keys = typeof k === "string" || k === undefined ? [k] : new Set(k);
    for (const one of keys) {
      if (one === undefined) continue;
      const list = out.get(one);
      if (list) list.push(item);
      else out.set(one, [item]);
    }
  }
  return out;
}
