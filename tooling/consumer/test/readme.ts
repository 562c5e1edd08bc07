// The README's library section, read as a user reads it: its shell commands and its files (each code
// block whose first line names a file: "// name.mjs: …"). The consumer test pastes them into a fresh project.

/** A file the README gives: its name, its text, and whether it is run (`.mjs`, `.cjs`) or only type-checked (`.mts`). */
export interface ReadmeFile {
  name: string;
  code: string;
  run: boolean;
}

/** What the section asks a user to do. */
export interface ReadmeSection {
  /** The `sh` blocks, in order. */
  shell: string[];
  /** The files, in order. */
  files: ReadmeFile[];
}

const FENCE = /^```([\w-]*)\n([\s\S]*?)^```[ \t]*$/gm;
const FILE = /^\/\/ ([\w.-]+\.(mjs|cjs|mts))(?::|$)/;

/** The section of `markdown` under the level-2 heading `heading`. Throws when it is missing, or gives no command or file. */
export function readmeSection(markdown: string, heading: string): ReadmeSection {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`README: no section "## ${heading}"`);
  const next = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  const body = `${lines.slice(start + 1, next === -1 ? undefined : next).join("\n")}\n`;
  const section: ReadmeSection = { shell: [], files: [] };
  for (const [, lang, code] of body.matchAll(FENCE)) {
    if (lang === "sh") {
      section.shell.push(code!);
      continue;
    }
    const file = FILE.exec(code!.split("\n", 1)[0]!);
    if (file) section.files.push({ name: file[1]!, code: code!, run: file[2] !== "mts" });
  }
  const names = section.files.map((f) => f.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`README "## ${heading}": two code blocks are ${twice}`);
  if (section.shell.length === 0) throw new Error(`README "## ${heading}": no sh block (how to install)`);
  if (section.files.length === 0) throw new Error(`README "## ${heading}": no code block naming its file ("// name.mjs: …")`);
  return section;
}
