// @briefings/core/text: text safety, in one place. What must never reach a reader (`UNSAFE`), the one
// way to neutralise it for a terminal, a page or an attribute (`neutralize`), and the checks for
// display text (`textDefect`).
export {
  UNSAFE,
  UNSAFE_CLASS,
  NEUTRALIZE_STYLES,
  firstUnsafe,
  formatCodePoint,
  hasUnsafe,
  neutralize,
  neutralizeDeep,
  safeJson,
  stripUnsafe,
  unsafeKind,
  type NeutralizeStyle,
} from "./unsafe";
export { CONTROL, FOREIGN_SCRIPT, MARKUP, MOJIBAKE, displaySafe, textDefect } from "./hygiene";
