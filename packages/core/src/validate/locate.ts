import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node } from "jsonc-parser";
import type { Path } from "./problem";

/** A line and column, both 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Deepest nesting of arrays and objects accepted in a data file. The dataset nests about eight levels;
 * the JSON parsers recurse once per level, so without a limit a file of `[[[[…` overflows the stack.
 */
export const MAX_JSON_DEPTH = 100;

/** Lines of a text, indexed once: any offset's line and column by binary search (no rescan per lookup). */
export class LineIndex {
  /** UTF-16 offset of the start of each line. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line and column (in UTF-16 units) of `offset`. */
  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Maps one UTF-16 offset of a text to its line and column (scans the text: for many lookups use `LineIndex`). */
export function positionAt(text: string, offset: number): Position {
  return new LineIndex(text.slice(0, offset)).positionAt(offset);
}

/**
 * Where `text` nests arrays and objects deeper than `max` levels (outside strings), or `undefined`.
 * One linear pass that does not recurse, so it is safe on any input.
 */
export function findTooDeep(text: string, max = MAX_JSON_DEPTH): { offset: number } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return { offset: i };
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The syntax errors of a JSON text: the first `keep` of them located, and how many there are in all. */
export interface SyntaxErrors {
  errors: { message: string; position: Position }[];
  total: number;
}

/**
 * The syntax errors of a JSON text (strict JSON: no comments, no trailing commas), found in one pass:
 * the first `keep` are kept with their line and column, the rest only counted, so a file of millions
 * of errors costs time and memory in proportion to its size. Nesting over `MAX_JSON_DEPTH` is one error.
 */
export function syntaxErrors(text: string, keep = Infinity): SyntaxErrors {
  const deep = findTooDeep(text);
  if (deep) {
    const position = new LineIndex(text.slice(0, deep.offset)).positionAt(deep.offset);
    return { errors: [{ message: `nested deeper than ${MAX_JSON_DEPTH} levels`, position }], total: 1 };
  }
  const errors: SyntaxErrors["errors"] = [];
  let total = 0;
  visit(
    text,
    {
      onError(error, _offset, _length, line, character) {
        total++;
        if (errors.length < keep) errors.push({ message: printParseErrorCode(error), position: { line: line + 1, column: character + 1 } });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return { errors, total };
}

/** A JSON text's syntax tree, with its syntax errors (strict JSON: no comments, no trailing commas). */
export function parseJson(text: string): { tree: Node | undefined; errors: { message: string; position: Position }[] } {
  const { errors } = syntaxErrors(text);
  return { tree: errors.length > 0 ? undefined : parseTree(text, [], { disallowComments: true, allowTrailingComma: false }), errors };
}

/** Where `path` is in the JSON text (its nearest existing ancestor, for a missing field). */
export function locatePath(text: string, tree: Node | undefined, path: Path, lines: LineIndex = new LineIndex(text)): Position {
  if (!tree) return { line: 1, column: 1 };
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) {
      // Point at the property name when there is one, else at the value.
      const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
      return lines.positionAt(at);
    }
  }
  return { line: 1, column: 1 };
}
