// meetings.ts on a small dataset cut from the seed meeting, with participations written for these tests: the programme
// order of speakers, how a participant is named, the organizations represented, and what a meeting record holds.
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Participation } from "../schemas/participation";
import { meetingRecord, meetingsByDate, resolveParticipant } from "./meetings";

const SEED = dataset.meetings[0]!.id;
const nameOf = (id: string) => dataset.people.find((p) => p.id === id)!.name;

/** The seed meeting alone, with these participations (sessions: opening, session-1, session-2, session-3, closing). */
function withParticipations(list: Partial<Participation>[]): Dataset {
  const d = structuredClone(dataset);
  d.meetings = d.meetings.filter((m) => m.id === SEED);
  // The opening listed third: it still comes first.
  const [opening, one, two, ...rest] = d.meetings[0]!.sessions;
  d.meetings[0]!.sessions = [one!, two!, opening!, ...rest];
  d.participations = list.map((p) => ({ meeting: SEED, roles: [], ...p }) as Participation);
  return d;
}

describe("meetingRecord: speakers in programme order", () => {
  const d = withParticipations([
    { id: "no-session", person: "vladimir-voronkov", organization: "unoct" },
    { id: "no-session-2", description: "A delegate" },
    { id: "closing", description: "The acting chair", session: "closing" },
    { id: "second", person: "weixiong-chen", session: "session-2" },
    { id: "unknown-session", person: "david-tessler", session: "session-9", organization: "facebook" },
    { id: "opening", person: "gustavo-meza-cuadra", session: "opening", organization: "ctc", roles: ["gustavo-meza-cuadra-chair-ctc"] },
    { id: "first", description: "A rapporteur", session: "session-1" },
    { id: "organization-only", organization: "interpol" },
    { id: "unknown-organization", organization: "no-such-organization" },
    { id: "no-session-3", description: "Another delegate" },
  ]);
  // Built inside each test: code run while the file loads is not counted as any test's (mutation testing).
  const recordOf = () => meetingRecord(d, SEED)!;

  it("opening first, then the sessions in order, then those of no (or an unknown) session in the given order, closing last; no one who is only an organization", () => {
    const record = recordOf();
    expect(record.speakers.map((s) => s.participation.id)).toEqual(["opening", "first", "second", "no-session", "no-session-2", "unknown-session", "no-session-3", "closing"]);
    expect(record.speakers.map((s) => s.name)).toEqual([nameOf("gustavo-meza-cuadra"), "A rapporteur", nameOf("weixiong-chen"), nameOf("vladimir-voronkov"), "A delegate", nameOf("david-tessler"), "Another delegate", "The acting chair"]);
  });
  it("resolves each speaker's person, roles and organization", () => {
    const record = recordOf();
    const opening = record.speakers[0]!;
    expect(opening.person?.id).toBe("gustavo-meza-cuadra");
    expect(opening.roles.map((r) => r.id)).toEqual(["gustavo-meza-cuadra-chair-ctc"]);
    expect(opening.organization?.id).toBe("ctc");
    expect(record.speakers[1]!).toMatchObject({ person: undefined, organization: undefined, roles: [] });
  });
  it("lists the organizations represented once each, by name, leaving out ids the dataset does not hold", () => {
    const record = recordOf();
    const names = (ids: string[]) => ids.map((id) => dataset.organizations.find((o) => o.id === id)!.name).sort((a, b) => a.localeCompare(b));
    expect(record.organizations.map((o) => o.name)).toEqual(names(["unoct", "facebook", "ctc", "interpol"]));
  });
  it("holds the meeting's statements, quotes and figures, and the organizations that convened it", () => {
    const record = recordOf();
    const mine = <T extends { meeting: string }>(list: readonly T[]) => list.filter((x) => x.meeting === SEED);
    expect(record.statements).toEqual(mine(dataset.statements));
    expect(record.quotes).toEqual(mine(dataset.quotes));
    expect(record.figures).toEqual(mine(dataset.figures));
    expect(record.statements.length).toBeGreaterThan(0);
    expect(record.convenedBy.map((o) => o.id)).toEqual(dataset.meetings[0]!.organizers.map((o) => o.organization));
  });
  it("gives empty lists for a meeting with no participants, statements, quotes or figures, and no organizer the dataset holds", () => {
    const empty = withParticipations([]);
    empty.statements = [];
    empty.quotes = [];
    empty.figures = [];
    empty.meetings[0]!.organizers = [{ ...structuredClone(dataset.meetings[0]!.organizers[0]!), organization: "no-such-organization" }];
    expect(meetingRecord(empty, SEED)).toMatchObject({ speakers: [], organizations: [], statements: [], quotes: [], figures: [], convenedBy: [] });
  });
});

describe("resolveParticipant: how a participant is named", () => {
  const d = withParticipations([]);
  const named = (p: Partial<Participation>) => resolveParticipant(d, { meeting: SEED, roles: [], id: "p", ...p } as Participation);
  it("the person's name, else the description, else the organization's name, else the participation's id", () => {
    expect(named({ person: "weixiong-chen", description: "A deputy", organization: "cted" }).name).toBe(nameOf("weixiong-chen"));
    expect(named({ person: "no-such-person", description: "A deputy", organization: "cted" }).name).toBe("A deputy");
    expect(named({ organization: "cted" }).name).toBe(dataset.organizations.find((o) => o.id === "cted")!.name);
    expect(named({ organization: "no-such-organization" }).name).toBe("p");
  });
  it("keeps the roles the dataset holds, in the participation's order, and drops unknown ones", () => {
    expect(named({ roles: ["gustavo-meza-cuadra-permanent-representative-peru", "no-such-role", "gustavo-meza-cuadra-chair-ctc"] }).roles.map((r) => r.id)).toEqual(["gustavo-meza-cuadra-permanent-representative-peru", "gustavo-meza-cuadra-chair-ctc"]);
  });
});

describe("meetingsByDate", () => {
  it("orders meetings of the same day by id: ascending oldest first, descending newest first", () => {
    const d = structuredClone(dataset);
    const base = d.meetings[0]!;
    d.meetings = ["b-meeting", "c-meeting", "a-meeting"].map((id) => ({ ...structuredClone(base), id }));
    d.meetings.push({ ...structuredClone(base), id: "0-later", dates: { ...base.dates, value: { start: "2099-01-01", end: "2099-01-01" } } });
    expect(meetingsByDate(d, "asc").map((m) => m.id)).toEqual(["a-meeting", "b-meeting", "c-meeting", "0-later"]);
    expect(meetingsByDate(d).map((m) => m.id)).toEqual(["0-later", "c-meeting", "b-meeting", "a-meeting"]);
  });
});
