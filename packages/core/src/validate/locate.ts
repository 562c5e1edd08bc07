import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { Path } from "./problem";

/** A line and column, both 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** Maps UTF-16 offsets of a text to lines and columns. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON text's syntax tree, with the syntax errors found (strict JSON: no comments, no trailing commas). */
export function parseJson(text: string): { tree: Node | undefined; errors: { message: string; position: Position }[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return {
    tree,
    errors: errors.map((e) => ({ message: printParseErrorCode(e.error), position: positionAt(text, e.offset) })),
  };
}

/** Where `path` is in the JSON text (its nearest existing ancestor, for a missing field). */
export function locatePath(text: string, tree: Node | undefined, path: Path): Position {
  if (!tree) return { line: 1, column: 1 };
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) {
      // Point at the property name when there is one, else at the value.
      const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
      return positionAt(text, at);
    }
  }
  return { line: 1, column: 1 };
}
