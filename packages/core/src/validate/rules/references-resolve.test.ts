import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schemas/dataset";
import type { Path } from "../problem";
import { referencesResolve } from "./references-resolve";
import { copyOfDataset, copyOfSeed, problem } from "../../../test/rule-helpers";

const RULE = "references-resolve";
const unknown = (path: Path, kind: string, id: string) => problem(RULE, path, `unknown ${kind} "${id}"`);

/** The seed with a second meeting (a copy of the seed meeting, without sessions) and a participation and statement of it. */
function withOtherMeeting(): Dataset {
  const d = copyOfSeed();
  d.meetings.push({ ...structuredClone(d.meetings[0]!), id: "2020-01-01-other", sessions: [], related: [] });
  d.participations.push({ ...structuredClone(d.participations[0]!), id: "other-p", meeting: "2020-01-01-other", session: undefined });
  d.statements.push({ ...structuredClone(d.statements[0]!), id: "other-s", meeting: "2020-01-01-other", session: undefined, participation: "other-p" });
  return d;
}

describe("references-resolve", () => {
  it("accepts the curated dataset and the seed", () => {
    expect(referencesResolve.id).toBe(RULE);
    expect(referencesResolve.check(copyOfDataset())).toStrictEqual([]);
    expect(referencesResolve.check(copyOfSeed())).toStrictEqual([]);
  });

  it("accepts references left out where they are optional (no session, statement, participation, parent, publisher)", () => {
    const d = copyOfSeed();
    delete d.figures[0]!.participation;
    delete d.quotes[0]!.statement;
    delete d.participations[0]!.session;
    delete d.participations[0]!.person;
    delete d.participations[0]!.organization;
    d.participations[0]!.roles = [];
    delete d.statements[0]!.session;
    delete d.organizations[1]!.parent;
    delete d.sources[0]!.publisher;
    delete d.corrections[1]!.related;
    d.meetings[0]!.related = [{ relation: "follow-up-to", external: { title: "A meeting outside the dataset" }, evidence: d.meetings[0]!.dates.evidence } as Dataset["meetings"][number]["related"][number]];
    expect(referencesResolve.check(d)).toStrictEqual([]);
  });

  // One case per kind of reference: the field broken, and the one problem expected.
  const cases: [string, (d: Dataset) => void, ReturnType<typeof problem>[]][] = [
    ["a correction's source", (d) => (d.corrections[0]!.source = "no-such-source"), [unknown(["corrections", 0, "source"], "source", "no-such-source")]],
    ["a correction's related correction", (d) => (d.corrections[1]!.related = ["no-such-correction"]), [unknown(["corrections", 1, "related", 0], "correction", "no-such-correction")]],
    ["a source's publisher", (d) => (d.sources[2]!.publisher = "no-such-org"), [unknown(["sources", 2, "publisher"], "organization", "no-such-org")]],
    ["an organization's parent", (d) => (d.organizations[3]!.parent = "no-such-org"), [unknown(["organizations", 3, "parent"], "organization", "no-such-org")]],
    [
      "a role's person (a participation holding the role is then someone else's)",
      (d) => (d.roles[1]!.person = "nobody"),
      [
        unknown(["roles", 1, "person"], "person", "nobody"),
        problem(RULE, ["participations", 1, "roles", 0], 'role "vladimir-voronkov-usg-unoct" belongs to "nobody", not to "vladimir-voronkov"'),
      ],
    ],
    ["a role's organization", (d) => (d.roles[2]!.organization = "no-such-org"), [unknown(["roles", 2, "organization"], "organization", "no-such-org")]],
    ["a meeting's organizer", (d) => (d.meetings[0]!.organizers[0]!.organization = "no-such-org"), [unknown(["meetings", 0, "organizers", 0, "organization"], "organization", "no-such-org")]],
    ["a meeting's source", (d) => (d.meetings[0]!.sources[1] = "no-such-source"), [unknown(["meetings", 0, "sources", 1], "source", "no-such-source")]],
    [
      "a meeting's mention",
      (d) => (d.meetings[0]!.mentions = [{ organization: "ctc", evidence: d.meetings[0]!.dates.evidence }, { organization: "no-such-org", evidence: d.meetings[0]!.dates.evidence }]),
      [unknown(["meetings", 0, "mentions", 1, "organization"], "organization", "no-such-org")],
    ],
    [
      "a related meeting",
      (d) => (d.meetings[0]!.related = [{ meeting: "no-such-meeting", relation: "follow-up-to", evidence: d.meetings[0]!.dates.evidence }]),
      [unknown(["meetings", 0, "related", 0, "meeting"], "meeting", "no-such-meeting")],
    ],
    [
      "a meeting related to itself",
      (d) => (d.meetings[0]!.related = [{ meeting: d.meetings[0]!.id, relation: "continues", evidence: d.meetings[0]!.dates.evidence }]),
      [problem(RULE, ["meetings", 0, "related", 0, "meeting"], "a meeting cannot relate to itself")],
    ],
    ["evidence's source (a person's)", (d) => (d.people[1]!.evidence[0]!.source = "no-such-source"), [unknown(["people", 1, "evidence", 0, "source"], "source", "no-such-source")]],
    ["evidence's source (a meeting title's)", (d) => (d.meetings[0]!.title.evidence[1]!.source = "no-such-source"), [unknown(["meetings", 0, "title", "evidence", 1, "source"], "source", "no-such-source")]],
    [
      "a participation's meeting (a statement by it is then of another meeting)",
      (d) => (d.participations[1]!.meeting = "no-such-meeting"),
      [
        unknown(["participations", 1, "meeting"], "meeting", "no-such-meeting"),
        problem(RULE, ["statements", 1, "participation"], 'participation "2019-06-27-protection-of-soft-targets-vladimir-voronkov" is of meeting "no-such-meeting", not "2019-06-27-protection-of-soft-targets"'),
      ],
    ],
    [
      "a participation's session",
      (d) => (d.participations[1]!.session = "session-9"),
      [problem(RULE, ["participations", 1, "session"], 'meeting "2019-06-27-protection-of-soft-targets" has no session "session-9"')],
    ],
    [
      "a participation's person (its role is then someone else's)",
      (d) => (d.participations[2]!.person = "nobody"),
      [
        unknown(["participations", 2, "person"], "person", "nobody"),
        problem(RULE, ["participations", 2, "roles", 0], 'role "weixiong-chen-deputy-executive-director-cted" belongs to "weixiong-chen", not to "nobody"'),
      ],
    ],
    ["a participation's organization", (d) => (d.participations[7]!.organization = "no-such-org"), [unknown(["participations", 7, "organization"], "organization", "no-such-org")]],
    ["a participation's role", (d) => (d.participations[0]!.roles = ["no-such-role"]), [unknown(["participations", 0, "roles", 0], "role", "no-such-role")]],
    [
      "a role held by someone else",
      (d) => (d.participations[0]!.roles = ["gustavo-meza-cuadra-chair-ctc", "vladimir-voronkov-usg-unoct"]),
      [problem(RULE, ["participations", 0, "roles", 1], 'role "vladimir-voronkov-usg-unoct" belongs to "vladimir-voronkov", not to "gustavo-meza-cuadra"')],
    ],
    [
      "a statement's meeting (its participation is then of another meeting)",
      (d) => (d.statements[1]!.meeting = "no-such-meeting"),
      [
        unknown(["statements", 1, "meeting"], "meeting", "no-such-meeting"),
        problem(RULE, ["statements", 1, "participation"], 'participation "2019-06-27-protection-of-soft-targets-vladimir-voronkov" is of meeting "2019-06-27-protection-of-soft-targets", not "no-such-meeting"'),
      ],
    ],
    ["a statement's participation", (d) => (d.statements[1]!.participation = "no-such-p"), [unknown(["statements", 1, "participation"], "participation", "no-such-p")]],
    [
      "a statement's session",
      (d) => (d.statements[2]!.session = "session-9"),
      [problem(RULE, ["statements", 2, "session"], 'meeting "2019-06-27-protection-of-soft-targets" has no session "session-9"')],
    ],
    ["a statement's body on behalf of which it is made", (d) => (d.statements[0]!.onBehalfOf = ["ctc", "no-such-committee"]), [unknown(["statements", 0, "onBehalfOf", 1], "organization", "no-such-committee")]],
    [
      "a quote's meeting",
      (d) => {
        d.quotes[2]!.meeting = "no-such-meeting";
      },
      [
        unknown(["quotes", 2, "meeting"], "meeting", "no-such-meeting"),
        problem(RULE, ["quotes", 2, "participation"], 'participation "2019-06-27-protection-of-soft-targets-david-tessler" is of meeting "2019-06-27-protection-of-soft-targets", not "no-such-meeting"'),
        problem(RULE, ["quotes", 2, "statement"], 'statement "2019-06-27-protection-of-soft-targets-statement-tessler" is of meeting "2019-06-27-protection-of-soft-targets", not "no-such-meeting"'),
      ],
    ],
    ["a quote's participation", (d) => (d.quotes[1]!.participation = "no-such-p"), [unknown(["quotes", 1, "participation"], "participation", "no-such-p")]],
    ["a quote's statement", (d) => (d.quotes[3]!.statement = "no-such-statement"), [unknown(["quotes", 3, "statement"], "statement", "no-such-statement")]],
    ["a figure's meeting", (d) => (d.figures[0]!.meeting = "no-such-meeting"), [
      unknown(["figures", 0, "meeting"], "meeting", "no-such-meeting"),
      problem(RULE, ["figures", 0, "participation"], 'participation "2019-06-27-protection-of-soft-targets-david-tessler" is of meeting "2019-06-27-protection-of-soft-targets", not "no-such-meeting"'),
    ]],
    ["a figure's participation", (d) => (d.figures[1]!.participation = "no-such-p"), [unknown(["figures", 1, "participation"], "participation", "no-such-p")]],
  ];

  it.each(cases)("reports an unknown or wrong %s, with its rule, path and message", (_, breakIt, expected) => {
    const d = copyOfSeed();
    breakIt(d);
    expect(referencesResolve.check(d)).toStrictEqual(expected);
  });

  it("reports a quote, statement and figure attributed to a participation of another meeting", () => {
    const d = withOtherMeeting();
    d.quotes[0]!.participation = "other-p";
    d.statements[1]!.participation = "other-p";
    d.figures[1]!.participation = "other-p";
    const other = (collection: string, i: number) =>
      problem(RULE, [collection, i, "participation"], 'participation "other-p" is of meeting "2020-01-01-other", not "2019-06-27-protection-of-soft-targets"');
    expect(referencesResolve.check(d)).toStrictEqual([other("statements", 1), other("quotes", 0), other("figures", 1)]);
  });

  it("reports a quote from a statement of another meeting", () => {
    const d = withOtherMeeting();
    d.quotes[0]!.statement = "other-s";
    expect(referencesResolve.check(d)).toStrictEqual([
      problem(RULE, ["quotes", 0, "statement"], 'statement "other-s" is of meeting "2020-01-01-other", not "2019-06-27-protection-of-soft-targets"'),
    ]);
  });

  it("does not look for a session in a meeting that is not in the dataset (its id is reported once)", () => {
    const d = copyOfSeed();
    d.participations[0]!.meeting = "no-such-meeting";
    d.participations[0]!.session = "opening";
    const elsewhere = (collection: string) =>
      problem(RULE, [collection, 0, "participation"], 'participation "2019-06-27-protection-of-soft-targets-gustavo-meza-cuadra" is of meeting "no-such-meeting", not "2019-06-27-protection-of-soft-targets"');
    // No problem at `participations.0.session`: the meeting's own problem says it all.
    expect(referencesResolve.check(d)).toStrictEqual([unknown(["participations", 0, "meeting"], "meeting", "no-such-meeting"), elsewhere("statements"), elsewhere("quotes")]);
  });

  it("checks a session against the meeting of the record, not another one", () => {
    const d = withOtherMeeting();
    // "opening" is a session of the seed meeting, not of the other one.
    d.participations.at(-1)!.session = "opening";
    d.statements.at(-1)!.session = "opening";
    expect(referencesResolve.check(d)).toStrictEqual([
      problem(RULE, ["participations", d.participations.length - 1, "session"], 'meeting "2020-01-01-other" has no session "opening"'),
      problem(RULE, ["statements", d.statements.length - 1, "session"], 'meeting "2020-01-01-other" has no session "opening"'),
    ]);
  });

  it("reports every broken reference of a dataset, in the order of the collections", () => {
    const d = copyOfSeed();
    d.people[1]!.evidence[0]!.source = "no-such-source";
    d.roles[0]!.organization = "no-such-org";
    d.participations[0]!.person = "nobody";
    d.quotes[0]!.participation = "no-such-p";
    expect(referencesResolve.check(d)).toStrictEqual([
      unknown(["people", 1, "evidence", 0, "source"], "source", "no-such-source"),
      unknown(["roles", 0, "organization"], "organization", "no-such-org"),
      unknown(["participations", 0, "person"], "person", "nobody"),
      problem(RULE, ["participations", 0, "roles", 0], 'role "gustavo-meza-cuadra-chair-ctc" belongs to "gustavo-meza-cuadra", not to "nobody"'),
      unknown(["quotes", 0, "participation"], "participation", "no-such-p"),
    ]);
  });
  it("resolves a quote of a document: no participation to check, and its `document.source` must name a source", () => {
    const d = copyOfSeed();
    const q = d.quotes[0]!;
    delete q.participation;
    delete q.statement;
    q.document = { title: "the concept note", source: d.sources[0]!.id };
    expect(referencesResolve.check(d)).toStrictEqual([]);
    delete q.document.source;
    expect(referencesResolve.check(d)).toStrictEqual([]);
    q.document.source = "no-such-source";
    expect(referencesResolve.check(d)).toStrictEqual([unknown(["quotes", 0, "document", "source"], "source", "no-such-source")]);
  });
});
