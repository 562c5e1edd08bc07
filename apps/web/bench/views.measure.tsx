// How the reading views scale with the data. Each view is rendered to HTML, as the static build does, on the curated
// dataset and on copies of it 10 and 40 times as large, in interleaved rounds (every task of every size once per round,
// so that the load of a shared machine falls on all of them alike). Beside them: a reference pass over the meetings
// (core's meetingTimeline), to read each view's cost as a multiple of it, and the briefing list as it was before this
// work (a scan of every participation for every meeting), against the list as it is.
// Not a test: run by `pnpm --filter @briefings/web bench:views`, it writes bench/VIEWS.md.
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { it } from "vitest";
import { MEETING_TYPE_LABELS, TOPIC_LABELS, dataset as curated, meetingsByDate, meetingTimeline } from "@briefings/core";
import type { Dataset, Meeting } from "@briefings/core";
import { facetPath } from "../src/lib/filters";
import { formatDateRange } from "../src/lib/format";
import { recordPath } from "../src/lib/safe-href";
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

/** The briefing list as it was before this work: the speakers of each meeting counted by a scan of every participation. */
function BaselineBriefingList({ dataset, meetings }: { dataset: Dataset; meetings: readonly Meeting[] }) {
  return (
    <ol className="briefing-list">
      {meetings.map((m) => {
        const speakers = dataset.participations.filter((p) => p.meeting === m.id && (p.person !== undefined || p.description !== undefined)).length;
        return (
          <li key={m.id} className="briefing-card">
            <p className="meta">
              <time dateTime={m.dates.value.start}>{formatDateRange(m.dates.value)}</time>
              {" · "}
              {(MEETING_TYPE_LABELS as Record<string, string>)[m.type.value] ?? m.type.value}
              {speakers > 0 ? ` · ${speakers} speaker${speakers === 1 ? "" : "s"}` : null}
            </p>
            <h3 className="briefing-title">
              <a href={recordPath("briefings", m.id)}>{m.title.value}</a>
            </h3>
            <ul className="tags" aria-label="Topics">
              {m.topics.map((t) => (
                <li key={t}>
                  <a href={facetPath("topic", t)}>{(TOPIC_LABELS as Record<string, string>)[t] ?? t}</a>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

const busiest = (d: Dataset) => {
  const counts = new Map<string, number>();
  for (const p of d.participations) if (p.person) counts.set(p.person, (counts.get(p.person) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

const SIZES = [1, 10, 40];
const ROUNDS = Number(process.env.ROUNDS ?? 7);

type Task = [name: string, run: () => unknown];

it("measures the reading views", () => {
  const sizes = SIZES.map((k) => {
    const d = replicate(curated, k);
    const person = busiest(d);
    const all = meetingsByDate(d);
    const tasks: Task[] = [
      ["reference: meetingTimeline (one pass over the meetings)", () => meetingTimeline(d.meetings)],
      ["timeline page", () => renderToStaticMarkup(<TimelineView dataset={d} />)],
      ["succession page", () => renderToStaticMarkup(<SuccessionView dataset={d} />)],
      ["person page with its per-year strip (busiest person)", () => renderToStaticMarkup(<PersonView dataset={d} id={person} />)],
      ["briefing list, as it is (speakers from the lookup)", () => renderToStaticMarkup(<BriefingList dataset={d} meetings={all} />)],
      ["briefing list, as it was (a scan per meeting)", () => renderToStaticMarkup(<BaselineBriefingList dataset={d} meetings={all} />)],
    ];
    return { k, meetings: d.meetings.length, participations: d.participations.length, tasks, times: tasks.map(() => [] as number[]) };
  });
  const load = [loadavg()[0]!];
  // Round 0 warms up (JIT, the lookup caches); rounds 1.. are kept.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const size of sizes) {
      size.tasks.forEach(([, run], i) => {
        const start = process.hrtime.bigint();
        run();
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (round > 0) size.times[i]!.push(ms);
      });
    }
    load.push(loadavg()[0]!);
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const medians = sizes.map((s) => s.times.map(median));
  const names = sizes[0]!.tasks.map(([name]) => name);
  const lines = [
    "## Web: the reading views at 1×, 10× and 40× the data",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}, ${cpus().length} CPUs, by \`pnpm --filter @briefings/web bench:views\``,
    `(${ROUNDS} interleaved rounds after one warm-up; every task of every size once per round). The machine was shared: 1-minute load average`,
    `${Math.min(...load).toFixed(1)} to ${Math.max(...load).toFixed(1)} during the run, so the times are noisy; the multiples of the reference pass, measured in the same rounds, are the steadier reading.`,
    "The larger datasets are the curated one copied 10 and 40 times (meetings and what hangs off them; people, organizations and posts shared, so the busiest person appears 10 and 40 times as often).",
    "",
    `| View | ${sizes.map((s) => `${s.meetings} meetings: median ms (× reference)`).join(" | ")} | ${sizes.slice(1).map((s) => `growth ×${s.k} data`).join(" | ")} |`,
    `| --- | ${sizes.map(() => "---:").join(" | ")} | ${sizes.slice(1).map(() => "---:").join(" | ")} |`,
    ...names.map((name, i) => {
      const cells = sizes.map((_, j) => `${fmt(medians[j]![i]!)} (${fmt(medians[j]![i]! / medians[j]![0]!)})`);
      const growth = sizes.slice(1).map((_, j) => `${fmt(medians[j + 1]![i]! / medians[0]![i]!)}×`);
      return `| ${name} | ${cells.join(" | ")} | ${growth.join(" | ")} |`;
    }),
    "",
    `Briefing list, as it was ÷ as it is: ${sizes.map((s, j) => `${fmt(medians[j]![5]! / medians[j]![4]!)}× at ${s.meetings} meetings`).join(", ")}.`,
    "A view that does linear work grows about as the data does (10×, 40×); the page of one person grows with that person's appearances; the timeline and the succession have one row per year or tenure, so their HTML stays the same size and only the pass over the meetings grows.",
    "",
  ];
  const report = lines.join("\n");
  writeFileSync(join(import.meta.dirname, "VIEWS.md"), report);
  console.log(report);
});
