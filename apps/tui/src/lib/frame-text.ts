// The words of the frame around the list: its header and its status line. Shared by the Ink browser and
// by the first frame drawn before Ink loads, so that both say exactly the same. (No import of core's
// index here: the CLI's start imports this module, and the index brings the dataset with it.)

/** The header: the breadcrumb path of the screens opened (their short names). */
export function frameHeader(names: readonly string[]): string {
  return `briefings · ${names.join(" › ")}`;
}

/** The list's filters as the status line names them: the type and review state by their labels. */
export interface StatusFilters {
  query: string;
  year?: number | undefined;
  /** The label of the type shown, or `undefined` for every type. */
  typeLabel?: string | undefined;
  /** The label of the review state shown, or `undefined` for both. */
  reviewLabel?: string | undefined;
}

/** The list's status line: how many briefings are shown of how many, the filters, the query being typed. */
export function listStatus(shown: number, total: number, filters: StatusFilters, typing: boolean, indexing: boolean): string {
  const labels = [
    filters.year === undefined ? "all years" : `year ${filters.year}`,
    filters.typeLabel ?? "all types",
    ...(filters.reviewLabel === undefined ? [] : [filters.reviewLabel]),
  ];
  // While the filter's index is built, a query matches among the briefings indexed so far: said so.
  const note = filters.query !== "" && indexing ? " · indexing…" : "";
  const query = typing || filters.query !== "" ? ` · /${filters.query}${typing ? "▏" : ""}${note}` : "";
  return `${shown} of ${total} briefings · ${labels.join(" · ")}${query}`;
}
