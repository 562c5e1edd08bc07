// Which strings of a dataset are display text: every string except those that hold raw source text on
// purpose (damage there is the record of the damage). Shared by the rule that checks display text and
// the one walk of the dataset that the rules' context makes.

/** Keys whose values are raw source text (and everything under them). `archive` is not entered at all. */
export const RAW_KEYS: ReadonlySet<string> = new Set(["archive", "exact", "prefix", "suffix", "before"]);

/** Whether the string `key` of `record` is raw text: a flagged correction leaves the text as it was, so its `after` is raw too. */
export function isRawKey(record: Record<string, unknown>, key: string): boolean {
  return RAW_KEYS.has(key) || (key === "after" && record.action === "flagged");
}
