// Formatting of dates, numbers and confidence for display (fixed locale, so the build is reproducible).

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019-06-27" → "27 June 2019"; anything that is not an ISO date is returned as it is. */
export function formatDate(iso: string | undefined): string {
  if (iso === undefined) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (month === undefined) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** A date range: one date when start and end are the same day, else "start – end". */
export function formatDateRange(range: { start: string; end: string } | undefined): string {
  if (!range) return "";
  return range.start === range.end ? formatDate(range.start) : `${formatDate(range.start)} – ${formatDate(range.end)}`;
}

/** A confidence 0..1 as a percentage ("95 %", with a no-break space); `undefined` stays undefined (certain). */
export function formatConfidence(confidence: number | undefined): string | undefined {
  if (confidence === undefined || !Number.isFinite(confidence)) return undefined;
  return `${Math.round(confidence * 100)}\u00a0%`;
}

/** A number with thousands separators ("25,000,000"). */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString("en-GB") : String(value);
}

/** "1 briefing" / "3 briefings". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
