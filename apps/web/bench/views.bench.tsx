// How the reading views scale: each is rendered to HTML (as the static build does) on the curated dataset and on
// copies of it 10 and 40 times as large, with the per-year strips and the briefing list measured beside baselines:
// the briefing list as it was (a scan of every participation per meeting) and a plain pass over the meetings.
// Run: pnpm --filter @briefings/web exec vitest bench --run --config bench/vitest.config.ts
import { renderToStaticMarkup } from "react-dom/server";
import { bench, describe } from "vitest";
import { dataset as curated, meetingsByDate, meetingTimeline } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { BriefingList } from "../src/components/briefing-list";
import { PersonView } from "../src/components/person-view";
import { SuccessionView } from "../src/components/succession-view";
import { TimelineView } from "../src/components/timeline-view";

/** The dataset `k` times over: every meeting (with its participations, statements, quotes and figures) copied under new ids; people, organizations and roles shared. */
function replicate(d: Dataset, k: number): Dataset {
  if (k === 1) return d;
  const copy = <T extends { id: string }>(items: readonly T[], i: number, fix: (x: T) => T) => items.map((x) => fix({ ...x, id: `${x.id}-r${i}` }));
  const out: Dataset = { ...d, meetings: [], participations: [], statements: [], quotes: [], figures: [] };
  for (let i = 0; i < k; i++) {
    const m = (id: string) => `${id}-r${i}`;
    out.meetings.push(...copy(d.meetings, i, (x) => x));
    out.participations.push(...copy(d.participations, i, (x) => ({ ...x, meeting: m(x.meeting) })));
    out.statements.push(...copy(d.statements, i, (x) => ({ ...x, meeting: m(x.meeting), participation: m(x.participation) })));
    out.quotes.push(...copy(d.quotes, i, (x) => ({ ...x, meeting: m(x.meeting), participation: m(x.participation), statement: x.statement === undefined ? undefined : m(x.statement) })));
    out.figures.push(...copy(d.figures, i, (x) => ({ ...x, meeting: m(x.meeting), participation: x.participation === undefined ? undefined : m(x.participation) })));
  }
  return out;
}

/** The briefing list's speaker count as it was before the views work: every participation scanned for every meeting. */
function baselineSpeakerCounts(d: Dataset): number {
  let n = 0;
  for (const m of meetingsByDate(d)) n += d.participations.filter((p) => p.meeting === m.id && (p.person !== undefined || p.description !== undefined)).length;
  return n;
}

const busiest = (d: Dataset) => {
  const counts = new Map<string, number>();
  for (const p of d.participations) if (p.person) counts.set(p.person, (counts.get(p.person) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

const options = { time: 300, warmupTime: 100 };

for (const k of [1, 10, 40]) {
  const d = replicate(curated, k);
  const person = busiest(d);
  const all = meetingsByDate(d);
  describe(`${d.meetings.length} meetings (×${k})`, () => {
    bench("reference: one pass over the meetings (meetingTimeline)", () => void meetingTimeline(d.meetings), options);
    bench("timeline page", () => void renderToStaticMarkup(<TimelineView dataset={d} />), options);
    bench("succession page", () => void renderToStaticMarkup(<SuccessionView dataset={d} />), options);
    bench("person page with its per-year strip (busiest person)", () => void renderToStaticMarkup(<PersonView dataset={d} id={person} />), options);
    bench("briefing list (speakers from the lookup)", () => void renderToStaticMarkup(<BriefingList dataset={d} meetings={all} />), options);
    bench("baseline: speaker counts by a scan per meeting (the list before)", () => void baselineSpeakerCounts(d), options);
  });
}
