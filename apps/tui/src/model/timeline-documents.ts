// The screens of the whole dataset: meetings per year (with counts by type; enter lists a year) and the succession
// of CTC Chairs and CTED heads (one row per tenure, a strip of years, the stated term apart from the observed dates).
import {
  CTC_CHAIR,
  CTED_HEAD,
  MEETING_TYPE_LABELS,
  datasetYears,
  formatPartialRange,
  formatObserved,
  labelOf,
  meetingTimeline,
  successionChart,
  tenureTitle,
} from "@briefings/core";
import type { Post, YearRange } from "@briefings/core";
import { STRIP_MARKS, tenureStrip } from "../lib/strips";
import type { SafeDataset } from "../lib/sanitize";
import { DocumentBuilder, type DetailDocument } from "./document";

/** Widest bar of the year view, in columns. */
const BAR = 20;

/** Meetings per year, oldest first, each year with a bar, its count, its drafts and its types; then totals by type. */
export function yearsDocument(dataset: SafeDataset): DetailDocument {
  const t = meetingTimeline(dataset.meetings);
  const doc = new DocumentBuilder(dataset);
  doc.heading("Meetings per year");
  if (t.years.length === 0) {
    doc.add({ style: "muted", text: "The dataset holds no meetings." });
    return doc.build("Years", "Meetings per year");
  }
  const total = t.years.reduce((n, y) => n + y.total, 0);
  const drafts = t.years.reduce((n, y) => n + y.review.draft, 0);
  doc.add({
    style: "muted",
    text: `${total} meetings, ${t.years[0]!.year} to ${t.years[t.years.length - 1]!.year}: ${total - drafts} curated, ${drafts} draft. Enter on a year lists its briefings.`,
  });
  for (const y of t.years) {
    const bar = y.total === 0 ? "" : "█".repeat(Math.max(1, Math.round((y.total / Math.max(1, t.max)) * BAR)));
    const types = y.types.map((x) => `${labelOf(MEETING_TYPE_LABELS, x.type)} ${x.count}`).join(" · ");
    const draft = y.review.draft > 0 ? ` (${y.review.draft} draft)` : "";
    doc.add(
      y.total === 0
        ? { style: "muted", label: String(y.year), text: "no meeting recorded" }
        : { style: "text", label: String(y.year), text: `${bar} ${y.total}${draft} — ${types}`, target: { kind: "year", id: String(y.year) } },
    );
  }
  doc.heading("By type");
  for (const x of t.types) doc.add({ style: "text", label: labelOf(MEETING_TYPE_LABELS, x.type), text: String(x.count) });
  return doc.build("Years", "Meetings per year");
}

/** Short section names of the posts. */
const POSTS: readonly (readonly [string, Post])[] = [
  ["CTC Chairs", CTC_CHAIR],
  ["CTED heads", CTED_HEAD],
];

/** The holders of the CTC's chair and of CTED's head, each tenure a block that opens the person. */
export function successionDocument(dataset: SafeDataset): DetailDocument {
  const doc = new DocumentBuilder(dataset);
  const axis: YearRange | undefined = datasetYears(dataset);
  for (const [name, post] of POSTS) {
    doc.heading(name);
    const chart = successionChart(dataset, post, axis);
    if (chart.bars.length === 0) {
      doc.add({ style: "muted", text: "No holder of this post is recorded." });
      continue;
    }
    const a = chart.axis;
    doc.add({
      style: "muted",
      text: `${post.label ?? name}. One column per year, ${a.first} to ${a.last}: ${STRIP_MARKS.observed} seen at meetings, ${STRIP_MARKS.acting} seen, acting, ${STRIP_MARKS.term} term stated only, ${STRIP_MARKS.none} not in post. Enter opens the person.`,
    });
    for (const bar of chart.bars) {
      const t = bar.tenure;
      const term = formatPartialRange(t.term.start, t.term.end, "iso");
      const parts = [
        `${t.person.name}, ${tenureTitle(t)}`,
        term === "" ? "no term stated" : `term stated ${term}`,
        formatObserved(t.observed.start, t.observed.end, "iso"),
      ];
      doc.add({ style: "text", label: tenureStrip(bar, a), text: parts.join(" · "), target: { kind: "person", id: t.person.id } });
    }
  }
  return doc.build("Succession", "CTC Chairs and CTED heads");
}
