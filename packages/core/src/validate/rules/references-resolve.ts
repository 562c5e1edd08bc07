import type { Dataset } from "../../schemas/dataset";
import type { Path, Problem, Rule } from "../problem";
import { ruleContext } from "../context";

/** Every id that refers to another record names one that exists (and of the right meeting). */
export const referencesResolve: Rule = {
  id: "references-resolve",
  description: "Every reference to another record resolves, to a record of the right kind and meeting.",
  check(dataset: Dataset, context = ruleContext(dataset)) {
    const problems: Problem[] = [];
    const positions = context.positions();
    const known = {
      source: positions.sources,
      organization: positions.organizations,
      person: positions.people,
      role: positions.roles,
      meeting: positions.meetings,
      participation: positions.participations,
      statement: positions.statements,
      correction: positions.corrections,
    };
    // The path comes in parts, made into an array only for a problem (most references resolve).
    type Key = string | number;
    const need = (kind: keyof typeof known, id: string | undefined, a: Key, b: Key, c: Key, d?: Key, e?: Key) => {
      if (id !== undefined && !known[kind].has(id)) {
        const path: Path = [a, b, c];
        if (d !== undefined) path.push(d);
        if (e !== undefined) path.push(e);
        problems.push({ rule: "references-resolve", path, message: `unknown ${kind} "${id}"` });
      }
    };
    const meetingOf = (id: string) => context.byId("meetings", id);
    const participationOf = (id: string) => context.byId("participations", id);
    const statementOf = (id: string) => context.byId("statements", id);
    const roleOf = (id: string) => context.byId("roles", id);

    // Evidence anywhere in the dataset: every object with a `kind` of span/citation.
    for (const record of context.evidence()) {
      if (!known.source.has(record.source)) problems.push({ rule: "references-resolve", path: [...context.pathOf(record), "source"], message: `unknown source "${record.source}"` });
    }

    dataset.corrections.forEach((c, i) => {
      need("source", c.source, "corrections", i, "source");
      c.related?.forEach((r, j) => need("correction", r, "corrections", i, "related", j));
    });
    dataset.sources.forEach((s, i) => need("organization", s.publisher, "sources", i, "publisher"));
    dataset.organizations.forEach((o, i) => need("organization", o.parent, "organizations", i, "parent"));
    dataset.roles.forEach((r, i) => {
      need("person", r.person, "roles", i, "person");
      need("organization", r.organization, "roles", i, "organization");
    });
    dataset.meetings.forEach((m, i) => {
      m.organizers.forEach((o, j) => need("organization", o.organization, "meetings", i, "organizers", j, "organization"));
      m.sources.forEach((s, j) => need("source", s, "meetings", i, "sources", j));
      m.mentions.forEach((o, j) => need("organization", o.organization, "meetings", i, "mentions", j, "organization"));
      m.related.forEach((r, j) => {
        need("meeting", r.meeting, "meetings", i, "related", j, "meeting");
        if (r.meeting === m.id) problems.push({ rule: "references-resolve", path: ["meetings", i, "related", j, "meeting"], message: "a meeting cannot relate to itself" });
      });
    });
    const sessionKnown = (meetingId: string, session: string | undefined, collection: string, i: number) => {
      if (session === undefined) return;
      const meeting = meetingOf(meetingId);
      if (meeting && !meeting.sessions.some((s) => s.id === session)) {
        problems.push({ rule: "references-resolve", path: [collection, i, "session"], message: `meeting "${meetingId}" has no session "${session}"` });
      }
    };
    dataset.participations.forEach((p, i) => {
      need("meeting", p.meeting, "participations", i, "meeting");
      sessionKnown(p.meeting, p.session, "participations", i);
      need("person", p.person, "participations", i, "person");
      need("organization", p.organization, "participations", i, "organization");
      p.roles.forEach((r, j) => {
        need("role", r, "participations", i, "roles", j);
        const role = roleOf(r);
        if (role && role.person !== p.person) {
          problems.push({ rule: "references-resolve", path: ["participations", i, "roles", j], message: `role "${r}" belongs to "${role.person}", not to "${p.person}"` });
        }
      });
    });
    const sameMeeting = (kind: "participation" | "statement", id: string | undefined, meeting: string, collection: string, i: number) => {
      if (id === undefined) return;
      need(kind, id, collection, i, kind);
      const target = kind === "participation" ? participationOf(id) : statementOf(id);
      if (target && target.meeting !== meeting) {
        problems.push({ rule: "references-resolve", path: [collection, i, kind], message: `${kind} "${id}" is of meeting "${target.meeting}", not "${meeting}"` });
      }
    };
    for (const name of ["statements", "quotes", "figures"] as const) {
      dataset[name].forEach((item, i) => {
        need("meeting", item.meeting, name, i, "meeting");
        sameMeeting("participation", item.participation, item.meeting, name, i);
        if ("session" in item) sessionKnown(item.meeting, item.session, name, i);
        if ("statement" in item) sameMeeting("statement", item.statement, item.meeting, name, i);
        if ("onBehalfOf" in item) item.onBehalfOf.forEach((o, j) => need("organization", o, name, i, "onBehalfOf", j));
      });
    }
    // A quote of a document names the document's own source when the dataset holds it.
    dataset.quotes.forEach((q, i) => need("source", q.document?.source, "quotes", i, "document", "source"));
    return problems;
  },
};
