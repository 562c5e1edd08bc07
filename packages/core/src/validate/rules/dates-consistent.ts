import { ruleContext } from "../context";
import type { Problem, Rule } from "../problem";

/** Dates agree with each other: sessions and locations within their meeting, roles valid when used. */
export const datesConsistent: Rule = {
  id: "dates-consistent",
  description:
    "Sessions and locations fall within their meeting's dates; a role used at a meeting was held on its dates; a figure's period ends by the meeting; a source is not published before the meeting it reports (web TV pages, listings, agendas and announcements excepted).",
  check(dataset, context = ruleContext(dataset)) {
    const problems: Problem[] = [];
    dataset.meetings.forEach((m, i) => {
      const { start, end } = m.dates.value;
      m.sessions.forEach((s, j) => {
        if (s.date !== undefined && (s.date < start || s.date > end)) {
          problems.push({ rule: this.id, path: ["meetings", i, "sessions", j, "date"], message: `session date ${s.date} is outside the meeting's ${start}..${end}` });
        }
      });
      m.venue?.value.locations.forEach((l, j) => {
        if (l.dates && (l.dates.start < start || l.dates.end > end)) {
          problems.push({ rule: this.id, path: ["meetings", i, "venue", "value", "locations", j, "dates"], message: `location dates ${l.dates.start}..${l.dates.end} are outside the meeting's ${start}..${end}` });
        }
      });
    });
    dataset.participations.forEach((p, i) => {
      const meeting = context.byId("meetings", p.meeting);
      if (!meeting) return;
      p.roles.forEach((r, j) => {
        const role = context.byId("roles", r);
        if (!role) return;
        const { start, end } = meeting.dates.value;
        if ((role.start !== undefined && role.start > end) || (role.end !== undefined && role.end < start)) {
          problems.push({ rule: this.id, path: ["participations", i, "roles", j], message: `role "${r}" (${role.start ?? "?"}..${role.end ?? "?"}) was not held at the meeting (${start}..${end})` });
        }
      });
    });
    dataset.figures.forEach((f, i) => {
      const meeting = context.byId("meetings", f.meeting);
      if (!meeting) return;
      if (f.period && f.period.start > f.period.end) {
        problems.push({ rule: this.id, path: ["figures", i, "period", "end"], message: `period ends (${f.period.end}) before it starts (${f.period.start})` });
      }
      if (f.asOf !== undefined && f.asOf > meeting.dates.value.end) {
        problems.push({ rule: this.id, path: ["figures", i, "asOf"], message: `a figure stated at the meeting cannot hold as of ${f.asOf}, after the meeting` });
      }
    });
    dataset.meetings.forEach((m, i) => {
      m.sources.forEach((id, j) => {
        const source = context.byId("sources", id);
        if (!source?.published || source.kind === "web-tv-page" || source.kind === "listing" || source.kind === "agenda" || source.kind === "announcement") return;
        if (source.published < m.dates.value.start) {
          problems.push({ rule: this.id, path: ["meetings", i, "sources", j], message: `source "${id}" is published ${source.published}, before the meeting it reports (${m.dates.value.start})` });
        }
      });
    });
    return problems;
  },
};
