// A fast path in front of zod for data that is already valid and canonical (the common case: the
// curated dataset, exported files, trusted synthetic data). `compileAccepts(schema)` turns a zod
// schema into a plain predicate that holds only when zod would accept the value AND give back a value
// equal to it: same keys in the schema's order, no default to fill in, no string a transform would
// change. Then the value itself is zod's output, and zod need not run. Whenever the predicate is not
// sure (a feature it does not know, a key out of order, a missing default, anything invalid) it says
// false and zod runs as before, with its own messages and paths: the predicate never reports problems.
import type * as z from "zod";

/** A predicate compiled from a schema: true only if zod accepts `value` and returns a value equal to it. */
export type Accepts = (value: unknown) => boolean;

/** Thrown at compile time for a schema feature the fast path does not model (the caller then always runs zod). */
export class UnsupportedSchema extends Error {}

interface Def {
  type: string;
  checks?: readonly { _zod: { def: Record<string, unknown>; check: (payload: Payload) => unknown } }[];
  [key: string]: unknown;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Internals {
  def: Def;
  traits: Set<string>;
  check?: (payload: Payload) => unknown;
  optin?: string;
}
const internals = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;

/** A check run as zod runs it, on a payload of its own: passes when it adds no issue and leaves the value as it was. */
function genericCheck(run: (payload: Payload) => unknown): Accepts {
  return (value) => {
    const payload: Payload = { value, issues: [] };
    const result = run(payload);
    if (result instanceof Promise) throw new UnsupportedSchema("asynchronous check");
    return payload.issues.length === 0 && payload.value === value;
  };
}

/** One check of a string, number or array (`length` for strings and arrays). */
function compileCheck(check: { _zod: { def: Record<string, unknown>; check: (payload: Payload) => unknown } }): Accepts {
  const def = check._zod.def;
  switch (def.check) {
    case "min_length": {
      // zod counts a string's code points (a surrogate pair once): only the sure cases are decided here.
      const minimum = def.minimum as number;
      const zod = genericCheck((payload) => check._zod.check(payload));
      return (v) => (typeof v === "string" ? v.length >= 2 * minimum || zod(v) : (v as unknown[]).length >= minimum);
    }
    case "max_length": {
      const maximum = def.maximum as number;
      const zod = genericCheck((payload) => check._zod.check(payload));
      return (v) => (v as { length: number }).length <= maximum || (typeof v === "string" && zod(v));
    }
    case "greater_than": {
      const bound = def.value as number;
      return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case "less_than": {
      const bound = def.value as number;
      return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case "string_format":
      if (def.format === "regex" && def.pattern instanceof RegExp) {
        const pattern = def.pattern;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      return genericCheck((payload) => check._zod.check(payload));
    case "overwrite": {
      // zod writes the transformed value into its output: equal only when the transform changes nothing.
      const tx = def.tx as (v: unknown) => unknown;
      return (v) => tx(v) === v;
    }
    default:
      // custom refinements, number formats (int), URLs…: zod's own check.
      return genericCheck((payload) => check._zod.check(payload));
  }
}

function all(parse: Accepts, checks: readonly Accepts[]): Accepts {
  if (checks.length === 0) return parse;
  if (checks.length === 1) {
    const [a] = checks as [Accepts];
    return (v) => parse(v) && a(v);
  }
  if (checks.length === 2) {
    const [a, b] = checks as [Accepts, Accepts];
    return (v) => parse(v) && a(v) && b(v);
  }
  return (v) => {
    if (!parse(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Compiles `schema` into a predicate (see the file's comment). Throws `UnsupportedSchema` for a schema
 * it does not model, so that the caller keeps zod alone.
 */
export function compileAccepts(schema: z.ZodType): Accepts {
  const cache = new Map<unknown, Accepts>();
  const compile = (s: unknown): Accepts => {
    const known = cache.get(s);
    if (known) return known;
    // Recursive schemas reach themselves through the cache (a forward to the predicate being built).
    const slot: { compiled?: Accepts } = {};
    cache.set(s, (v) => slot.compiled!(v));
    const compiled = build(s);
    slot.compiled = compiled;
    cache.set(s, compiled);
    return compiled;
  };
  const build = (s: unknown): Accepts => {
    const zod = internals(s);
    const def = zod.def;
    const checks = (def.checks ?? []).map(compileCheck);
    // A string format (url, regex…) or a number format (int) is a check of its own, run first.
    if (zod.traits.has("$ZodCheck") && zod.check) checks.unshift(compileCheck(s as Parameters<typeof compileCheck>[0]));
    switch (def.type) {
      case "string":
        if (def.coerce) throw new UnsupportedSchema("coerced string");
        return all((v) => typeof v === "string", checks);
      case "number":
        if (def.coerce) throw new UnsupportedSchema("coerced number");
        return all((v) => typeof v === "number" && Number.isFinite(v), checks);
      case "boolean":
        if (def.coerce) throw new UnsupportedSchema("coerced boolean");
        return all((v) => typeof v === "boolean", checks);
      case "literal": {
        const values = def.values as readonly unknown[];
        return all((v) => values.includes(v), checks);
      }
      case "enum": {
        const values = new Set(Object.values(def.entries as Record<string, unknown>));
        return all((v) => values.has(v), checks);
      }
      case "optional": {
        const inner = compile(def.innerType);
        return all((v) => v === undefined || inner(v), checks);
      }
      case "array": {
        const element = compile(def.element);
        return all((v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
          return true;
        }, checks);
      }
      case "tuple": {
        const items = (def.items as readonly unknown[]).map(compile);
        const rest = def.rest === null || def.rest === undefined ? undefined : compile(def.rest);
        return all((v) => {
          // Every item there (zod may accept missing optional ones: left to zod), then the rest, if any.
          if (!Array.isArray(v) || v.length < items.length || (rest === undefined && v.length !== items.length)) return false;
          for (let i = 0; i < items.length; i++) if (!items[i]!(v[i])) return false;
          for (let i = items.length; i < v.length; i++) if (!rest!(v[i])) return false;
          return true;
        }, checks);
      }
      case "union": {
        // Any option that accepts the value gives it back unchanged, so which one zod picks does not matter.
        const options = (def.options as readonly unknown[]).map(compile);
        return all((v) => options.some((option) => option(v)), checks);
      }
      case "default": {
        // A value that is there is the inner schema's; a missing one zod fills in (not equal: zod decides).
        const inner = compile(def.innerType);
        return all((v) => v !== undefined && inner(v), checks);
      }
      case "object": {
        if (def.catchall === undefined || internals(def.catchall).def.type !== "never") throw new UnsupportedSchema("object that is not strict");
        const shape = def.shape as Record<string, unknown>;
        const keys = Object.keys(shape);
        const order = new Map(keys.map((key, i) => [key, i]));
        const fields = keys.map((key) => compile(shape[key]));
        // Keys that may be missing: optional ones (a default is filled in by zod, so it must be there).
        const mayBeMissing = keys.map((key) => internals(shape[key]).def.type === "optional");
        return all((v) => {
          if (!isPlainObject(v)) return false;
          // Every key is a field, in the schema's order (zod's output lists them in that order).
          let last = -1;
          for (const key in v) {
            const at = order.get(key);
            if (at === undefined || at <= last) return false;
            last = at;
          }
          for (let i = 0; i < keys.length; i++) {
            const value = v[keys[i]!];
            if (value === undefined) {
              // Absent is fine for an optional field; present-but-undefined is left to zod.
              if (!mayBeMissing[i] || keys[i]! in v) return false;
              continue;
            }
            if (!fields[i]!(value)) return false;
          }
          return true;
        }, checks);
      }
      default:
        throw new UnsupportedSchema(`schema type ${def.type}`);
    }
  };
  return compile(schema);
}
