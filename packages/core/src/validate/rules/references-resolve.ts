import type { Dataset } from "../../schemas/dataset";
import type { Path, Problem, Rule } from "../problem";

/** Every id that refers to another record names one that exists (and of the right meeting). */
export const referencesResolve: Rule = {
  id: "references-resolve",
  description: "Every reference to another record resolves, to a record of the right kind and meeting.",
  check(dataset: Dataset) {
    const problems: Problem[] = [];
    const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
    const known = {
      source: ids(dataset.sources),
      organization: ids(dataset.organizations),
      person: ids(dataset.people),
      role: ids(dataset.roles),
      meeting: ids(dataset.meetings),
      participation: ids(dataset.participations),
      statement: ids(dataset.statements),
      correction: ids(dataset.corrections),
    };
    const need = (kind: keyof typeof known, id: string | undefined, path: Path) => {
      if (id !== undefined && !known[kind].has(id)) problems.push({ rule: "references-resolve", path, message: `unknown ${kind} "${id}"` });
    };
    const meetingOf = new Map(dataset.meetings.map((m) => [m.id, m]));
    const participationOf = new Map(dataset.participations.map((p) => [p.id, p]));
    const statementOf = new Map(dataset.statements.map((s) => [s.id, s]));
    const roleOf = new Map(dataset.roles.map((r) => [r.id, r]));

    // Evidence anywhere in the dataset: walk every object with a `kind` of span/citation.
    const walk = (value: unknown, path: Path) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>;
        if ((record.kind === "span" || record.kind === "citation") && typeof record.source === "string") {
          need("source", record.source, [...path, "source"]);
        }
        for (const [k, v] of Object.entries(record)) if (k !== "archive") walk(v, [...path, k]);
      }
    };
    walk(dataset, []);

    dataset.corrections.forEach((c, i) => {
      need("source", c.source, ["corrections", i, "source"]);
      c.related?.forEach((r, j) => need("correction", r, ["corrections", i, "related", j]));
    });
    dataset.sources.forEach((s, i) => need("organization", s.publisher, ["sources", i, "publisher"]));
    dataset.organizations.forEach((o, i) => need("organization", o.parent, ["organizations", i, "parent"]));
    dataset.roles.forEach((r, i) => {
      need("person", r.person, ["roles", i, "person"]);
      need("organization", r.organization, ["roles", i, "organization"]);
    });
    dataset.meetings.forEach((m, i) => {
      m.organizers.forEach((o, j) => need("organization", o.organization, ["meetings", i, "organizers", j, "organization"]));
      m.sources.forEach((s, j) => need("source", s, ["meetings", i, "sources", j]));
      m.mentions.forEach((o, j) => need("organization", o.organization, ["meetings", i, "mentions", j, "organization"]));
      m.related.forEach((r, j) => {
        need("meeting", r.meeting, ["meetings", i, "related", j, "meeting"]);
        if (r.meeting === m.id) problems.push({ rule: "references-resolve", path: ["meetings", i, "related", j, "meeting"], message: "a meeting cannot relate to itself" });
      });
    });
    const sessionKnown = (meetingId: string, session: string | undefined, path: Path) => {
      const meeting = meetingOf.get(meetingId);
      if (session !== undefined && meeting && !meeting.sessions.some((s) => s.id === session)) {
        problems.push({ rule: "references-resolve", path, message: `meeting "${meetingId}" has no session "${session}"` });
      }
    };
    dataset.participations.forEach((p, i) => {
      need("meeting", p.meeting, ["participations", i, "meeting"]);
      sessionKnown(p.meeting, p.session, ["participations", i, "session"]);
      need("person", p.person, ["participations", i, "person"]);
      need("organization", p.organization, ["participations", i, "organization"]);
      p.roles.forEach((r, j) => {
        need("role", r, ["participations", i, "roles", j]);
        const role = roleOf.get(r);
        if (role && role.person !== p.person) {
          problems.push({ rule: "references-resolve", path: ["participations", i, "roles", j], message: `role "${r}" belongs to "${role.person}", not to "${p.person}"` });
        }
      });
    });
    const sameMeeting = (kind: "participation" | "statement", id: string | undefined, meeting: string, path: Path) => {
      if (id === undefined) return;
      need(kind, id, path);
      const target = kind === "participation" ? participationOf.get(id) : statementOf.get(id);
      if (target && target.meeting !== meeting) {
        problems.push({ rule: "references-resolve", path, message: `${kind} "${id}" is of meeting "${target.meeting}", not "${meeting}"` });
      }
    };
    for (const name of ["statements", "quotes", "figures"] as const) {
      dataset[name].forEach((item, i) => {
        need("meeting", item.meeting, [name, i, "meeting"]);
        sameMeeting("participation", item.participation, item.meeting, [name, i, "participation"]);
        if ("session" in item) sessionKnown(item.meeting, item.session, [name, i, "session"]);
        if ("statement" in item) sameMeeting("statement", item.statement, item.meeting, [name, i, "statement"]);
        if ("onBehalfOf" in item) item.onBehalfOf.forEach((o, j) => need("organization", o, [name, i, "onBehalfOf", j]));
      });
    }
    return problems;
  },
};
