// A depth-first walk over parsed JSON that shares one path array (no copy per node): rules copy the
// path only when they report a problem. Visits objects in key order, array items in index order.
import type { Path } from "./problem";

/**
 * Calls `visit(record, path)` on every object under `value` (not on arrays), parents before
 * children. `path` is only valid during the call: copy it (`[...path]`) to keep it. `visit` returns
 * `false` to skip the object's children; keys for which `skip(key)` holds are not entered.
 */
export function walkObjects(value: unknown, visit: (record: Record<string, unknown>, path: Path) => boolean | void, skip: (key: string) => boolean = () => false): void {
  const path: Path = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (item === null || typeof item !== "object") continue;
        path.push(i);
        walk(item);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    if (visit(record, path) === false) return;
    for (const key in record) {
      const child = record[key];
      if (child === null || typeof child !== "object" || skip(key)) continue;
      path.push(key);
      walk(child);
      path.pop();
    }
  };
  if (value !== null && typeof value === "object") walk(value);
}
