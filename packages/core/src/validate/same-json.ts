// Whether two JSON values are equal as JSON: the same primitives, arrays item by item, objects with the same
// members in any order. Used to tell whether validation returned a file's data as written or filled something in.

/** Whether `a` and `b` (JSON values: parsed JSON or schema output) are equal as JSON. Linear in their size. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    if (!Object.hasOwn(ra, key)) continue;
    if (!Object.hasOwn(rb, key) || !sameJson(ra[key], rb[key])) return false;
    count++;
  }
  let countB = 0;
  for (const key in rb) if (Object.hasOwn(rb, key)) countB++;
  return count === countB;
}
