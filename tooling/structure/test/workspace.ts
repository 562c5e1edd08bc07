// The workspace as the checks see it: its packages (from git's file list, so what a fresh clone has), their
// declared dependencies, their source files and what those files reference.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Every file git tracks, as paths relative to the root (what a fresh clone holds). */
export const FILES: readonly string[] = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  .split("\0")
  .filter((f) => f !== "");

/** A workspace package. */
export interface WorkspacePackage {
  /** Its name, e.g. `@briefings/core`. */
  name: string;
  /** Its folder, relative to the root, e.g. `packages/core`. */
  dir: string;
  /** The workspace packages it declares (dependencies, devDependencies, peerDependencies, and turbo tasks it depends on). */
  declared: Set<string>;
  /**
   * Packages whose results its code reads when the workspace runs it: a root task (`//#bench:report`) depends on this
   * package's build and on their tasks. Declared at the root, they are no edge of the package graph (so no loop).
   */
  declaredByRoot: Set<string>;
  /** Its commands (`bin`). */
  bins: string[];
  /** Its `scripts`. */
  scripts: Record<string, string>;
}

interface Manifest {
  name: string;
  bin?: Record<string, string>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const turbo = JSON.parse(readFileSync(join(ROOT, "turbo.json"), "utf8")) as { tasks: Record<string, { dependsOn?: string[] }> };

/** The workspace packages (apps/*, packages/*, tooling/*), each with what it declares. */
export const PACKAGES: readonly WorkspacePackage[] = FILES.filter((f) => /^(apps|packages|tooling)\/[^/]+\/package\.json$/.test(f)).map((file) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, file), "utf8")) as Manifest;
  const declared = new Set(
    [manifest.dependencies, manifest.devDependencies, manifest.peerDependencies].flatMap((deps) => Object.keys(deps ?? {})).filter((d) => d.startsWith("@briefings/")),
  );
  // A turbo task of this package that depends on another package's task (`"@briefings/consumer#test": {"dependsOn": ["@briefings/core#pack"]}`).
  for (const [task, config] of Object.entries(turbo.tasks)) {
    if (!task.startsWith(`${manifest.name}#`)) continue;
    for (const dep of config.dependsOn ?? []) {
      const other = /^(@briefings\/[^#]+)#/.exec(dep)?.[1];
      if (other !== undefined && other !== manifest.name) declared.add(other);
    }
  }
  const declaredByRoot = new Set<string>();
  for (const [task, config] of Object.entries(turbo.tasks)) {
    if (!task.startsWith("//#")) continue;
    const packages = (config.dependsOn ?? []).map((dep) => /^(@briefings\/[^#]+)#/.exec(dep)?.[1]).filter((name) => name !== undefined);
    if (packages.includes(manifest.name)) for (const other of packages) if (other !== manifest.name) declaredByRoot.add(other);
  }
  return { name: manifest.name, dir: posix.dirname(file), declared, declaredByRoot, bins: Object.keys(manifest.bin ?? {}), scripts: manifest.scripts ?? {} };
});

/** Source files: code a package runs or builds from (not data, prose or generated files). */
export const CODE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

/** The code files of `pkg` (tracked, not generated, not curated data). */
export function codeFiles(pkg: WorkspacePackage): string[] {
  return FILES.filter((f) => f.startsWith(`${pkg.dir}/`) && CODE.test(f) && !/\/(?:dist|node_modules|\.next|out)\//.test(f) && !/\/data\/curated\//.test(f) && !/\.generated\.ts$/.test(f));
}

/** The text of a file of the repository. */
export const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

/** Text with its comments blanked (line and block comments; strings and regular expressions kept as they are, roughly). */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/(^|[^:"'`\\])\/\/[^\n]*/g, (_, before: string) => before);
}

/**
 * The other workspace packages `pkg`'s files reference, with where: a module name (`"@briefings/x"` or a subpath,
 * in an import, a dynamic import, a require or a resolve), a path into another package's folder (`../../synthetic/dist/cli.js`),
 * or another package's command in a script of its package.json.
 */
export function references(pkg: WorkspacePackage): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, where: string) => {
    if (name === pkg.name) return;
    out.set(name, [...(out.get(name) ?? []), where]);
  };
  const byDir = new Map(PACKAGES.map((p) => [p.dir, p.name]));
  for (const file of codeFiles(pkg)) {
    const text = withoutComments(read(file));
    for (const m of text.matchAll(/["'`](@briefings\/[a-z0-9-]+)(?:\/[^"'`\s]*)?["'`]/g)) if (PACKAGES.some((p) => p.name === m[1])) add(m[1]!, file);
    // Relative paths in strings: resolved against the file's folder, do they land in another package?
    for (const m of text.matchAll(/["'`]((?:\.\.\/)+[^"'`\s$]*)["'`]/g)) {
      const target = posix.normalize(posix.join(posix.dirname(file), m[1]!));
      for (const [dir, name] of byDir) if (target === dir || target.startsWith(`${dir}/`)) add(name, `${file} (${m[1]})`);
    }
  }
  for (const [script, command] of Object.entries(pkg.scripts)) {
    for (const other of PACKAGES) for (const bin of other.bins) if (new RegExp(`(^|[\\s/&;|])${bin}(\\s|$)`).test(command)) add(other.name, `package.json scripts.${script}`);
    for (const m of command.matchAll(/(?:\.\.\/)+[^\s"']*/g)) {
      const target = posix.normalize(posix.join(pkg.dir, m[0]));
      for (const [dir, name] of byDir) if (target === dir || target.startsWith(`${dir}/`)) add(name, `package.json scripts.${script} (${m[0]})`);
    }
  }
  return out;
}

/** The cycles of a directed graph: its strongly connected components of more than one node, or a node with an edge to itself (Tarjan). */
export function cycles(graph: ReadonlyMap<string, Iterable<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || [...(graph.get(v) ?? [])].includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const RESOLVE_EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx", "/index.mjs", "/index.js"];

/**
 * The module graph of one package: each code file and the files of the same package it imports at run time
 * (`import … from "./x"`, `export … from`, `import "./x"`, `import("./x")`); `import type` and `export type` are
 * left out, as they vanish when compiled.
 */
export function moduleGraph(pkg: WorkspacePackage): Map<string, string[]> {
  const files = new Set(codeFiles(pkg));
  const graph = new Map<string, string[]>();
  const IMPORT = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[^;"'`]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
  for (const file of files) {
    const edges: string[] = [];
    for (const m of withoutComments(read(file)).matchAll(IMPORT)) {
      if (m[2] !== undefined) continue; // type only
      const spec = m[3] ?? m[4]!;
      const base = posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.(?:js|mjs|jsx)$/, "");
      const found = RESOLVE_EXTENSIONS.map((ext) => base + ext).find((candidate) => files.has(candidate)) ?? RESOLVE_EXTENSIONS.map((ext) => posix.normalize(posix.join(posix.dirname(file), spec)) + ext).find((c) => files.has(c));
      if (found !== undefined) edges.push(found);
    }
    graph.set(file, edges);
  }
  return graph;
}
