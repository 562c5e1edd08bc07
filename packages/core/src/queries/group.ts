// Grouping records by a key, for the lookup tables and the reverse indexes of the queries (internal to core).

/** `items` grouped by `key` (items whose key is `undefined` left out), each group in the order of `items`. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
