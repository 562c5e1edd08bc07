// The browser's first frame, drawn without Ink: the list at the top, nothing selected but the first row,
// no filter, as the string Ink writes for it. The CLI prints it before Ink, React and the layout engine
// have loaded (hundreds of milliseconds); Ink then takes over and writes the same bytes over it.
// `first-frame.test.tsx` renders the browser with Ink at many sizes and inputs and compares the bytes.
import { footerKeys } from "../keys";
import { frameHeader, listStatus } from "./frame-text";
import { bodyHeight, listLine } from "./list-layout";
import type { ListRow } from "./list-rows";
import { visibleRange } from "./windowing";
import { truncate } from "./wrap";

/** The terminal the frame is for, and how Ink would style it. */
export interface FirstFrameOptions {
  /** Columns of the terminal. */
  columns: number;
  /** Rows of the terminal. */
  rows: number;
  /** The browser's colour setting (false under NO_COLOR): the cyan of the header and the selected row. */
  color: boolean;
  /**
   * Whether Ink writes styles at all (its colour library's level above 0): bold, dim and inverse go with
   * colour when it does not.
   */
  styled: boolean;
}

/** The styles the frame uses, as Ink writes them: the code that opens each and the one that closes it. */
const SGR = { bold: ["\x1b[1m", "\x1b[22m"], dim: ["\x1b[2m", "\x1b[22m"], cyan: ["\x1b[36m", "\x1b[39m"], inverse: ["\x1b[7m", "\x1b[27m"] } as const;

type Style = keyof typeof SGR;

/**
 * One line of the frame as Ink writes it: the styles opened in the order the Text component applies them
 * (outermost first) and closed in reverse; trailing blanks dropped only when nothing styles them.
 */
function line(text: string, styles: readonly (Style | false)[], styled: boolean): string {
  const on = styled ? styles.filter((s): s is Style => s !== false) : [];
  if (on.length === 0 || text === "") return text.trimEnd();
  return `${on.map((s) => SGR[s][0]).join("")}${text}${on.map((s) => SGR[s][1]).reverse().join("")}`;
}

/**
 * The first frame of the browser over `rows` (neutralised, newest first), or `undefined` where it is not
 * drawn ahead (an empty list, or a terminal smaller than the browser's minimum of 20x4, where Ink lays out
 * differently): Ink draws those itself.
 */
export function firstFrame(rows: readonly ListRow[], options: FirstFrameOptions): string | undefined {
  const { columns: width, rows: height, color, styled } = options;
  if (rows.length === 0 || !Number.isInteger(width) || !Number.isInteger(height) || width < 20 || height < 4) return undefined;
  const body = bodyHeight(height);
  const lines = [
    line(truncate(frameHeader(["Briefings"]), width), ["bold", color && "cyan"], styled),
    line(truncate(listStatus(rows.length, rows.length, { query: "" }, false, false), width), ["dim"], styled),
  ];
  const { start, end } = visibleRange(0, body, rows.length);
  for (let i = start; i < end; i++) lines.push(line(listLine(rows[i]!, width), i === 0 ? ["inverse", color && "cyan"] : [], styled));
  while (lines.length < 2 + body) lines.push("");
  lines.push(line(truncate(footerKeys("list"), width), ["inverse"], styled));
  return lines.join("\n");
}
