// searchDocuments on a small dataset cut from the seed meeting, with records written for these tests: every document
// whole (kind, ids, title, the line of detail and the text it is found by).
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Participation } from "../schemas/participation";
import type { Figure, Quote, Statement } from "../schemas/speech";
import { searchDataset, searchDocuments } from "./search";

const SEED = dataset.meetings[0]!.id;
const evidence = dataset.meetings[0]!.title.evidence;

function small(): Dataset {
  const d = structuredClone(dataset);
  const m = d.meetings.find((x) => x.id === SEED)!;
  m.title = { value: "Harbour talks", evidence };
  m.alternateTitles = [{ value: "Talks on harbours", evidence }];
  m.topics = ["soft-targets", "human-rights"];
  m.type = { ...m.type, value: "open-briefing" };
  m.dates = { ...m.dates, value: { start: "2031-03-04", end: "2031-03-04" } };
  d.meetings = [m];
  d.people = d.people.filter((p) => p.id === "gustavo-meza-cuadra" || p.id === "weixiong-chen");
  d.people[0]!.alternateNames = ["G. Meza"];
  d.people[1]!.alternateNames = [];
  d.roles = d.roles.filter((r) => r.id === "gustavo-meza-cuadra-chair-ctc");
  d.organizations = d.organizations.filter((o) => ["ctc", "facebook"].includes(o.id));
  d.participations = [
    { id: "p-chair", meeting: SEED, person: "gustavo-meza-cuadra", organization: "ctc", roles: ["gustavo-meza-cuadra-chair-ctc"] },
    { id: "p-rapporteur", meeting: SEED, description: "A rapporteur", roles: [] },
    { id: "p-company", meeting: SEED, organization: "facebook", roles: [] },
    { id: "p-ghost", meeting: SEED, person: "no-such-person", roles: [] },
  ] as Participation[];
  const quote = dataset.quotes.find((q) => q.meeting === SEED)!;
  d.quotes = [
    { ...structuredClone(quote), id: "q-chair", participation: "p-chair", text: "Ports need locks" },
    { ...structuredClone(quote), id: "q-report", participation: undefined, statement: undefined, document: { title: "The Harbour Report" }, text: "Locks need keys" },
  ] as Quote[];
  const figure = dataset.figures.find((f) => f.meeting === SEED)!;
  d.figures = [
    { ...structuredClone(figure), id: "f-rapporteur", participation: "p-rapporteur", asStated: "12 ports", measure: "ports checked", unit: "ports" },
    { ...structuredClone(figure), id: "f-nobody", participation: undefined, asStated: "3 ships", measure: "ships held", unit: "ships", meeting: "no-such-meeting" },
  ] as Figure[];
  const statement = dataset.statements.find((s) => s.meeting === SEED)!;
  d.statements = [
    { ...structuredClone(statement), id: "s-company", participation: "p-company", text: "Platforms remove content." },
    { ...structuredClone(statement), id: "s-ghost", participation: "p-ghost", text: "Nobody knows." },
  ] as Statement[];
  return d;
}

describe("searchDocuments", () => {
  it("gives every record its document, whole", () => {
    const d = small();
    const chair = d.people[0]!.name;
    const chen = d.people[1]!.name;
    expect(searchDocuments(d)).toEqual([
      {
        kind: "meeting",
        id: SEED,
        title: "Harbour talks",
        detail: "2031-03-04 · Open briefing",
        // alternate titles, topics, the participants' names ("" for an organization or an unknown person), the organizations with their acronyms ("" for none), the date
        text: `Talks on harbours Soft targets Human rights ${chair} A rapporteur   Counter-Terrorism Committee CTC Facebook  2031-03-04`,
      },
      { kind: "person", id: "gustavo-meza-cuadra", title: chair, detail: "Chair of the Counter-Terrorism Committee", text: "G. Meza Chair of the Counter-Terrorism Committee" },
      { kind: "person", id: "weixiong-chen", title: chen, detail: "", text: "" },
      { kind: "organization", id: "ctc", title: "Counter-Terrorism Committee", detail: "CTC", text: "CTC Security Council Counter-Terrorism Committee" },
      { kind: "organization", id: "facebook", title: "Facebook", detail: "", text: "" },
      { kind: "quote", id: "q-chair", meeting: SEED, title: "“Ports need locks”", detail: `${chair} · Harbour talks`, text: chair },
      { kind: "quote", id: "q-report", meeting: SEED, title: "“Locks need keys”", detail: "quoted from the Harbour Report · Harbour talks", text: "quoted from the Harbour Report" },
      { kind: "figure", id: "f-rapporteur", meeting: SEED, title: "12 ports: ports checked", detail: "A rapporteur · Harbour talks", text: "ports A rapporteur" },
      { kind: "figure", id: "f-nobody", meeting: "no-such-meeting", title: "3 ships: ships held", detail: " · no-such-meeting", text: "ships " },
      { kind: "statement", id: "s-company", meeting: SEED, title: "Platforms remove content.", detail: " · Harbour talks", text: "" },
      { kind: "statement", id: "s-ghost", meeting: SEED, title: "Nobody knows.", detail: " · Harbour talks", text: "" },
    ]);
  });
  it("searches a dataset through an index built once per dataset object", () => {
    const d = small();
    expect(searchDataset(d, "harbours").map((h) => h.document.id)).toEqual([SEED]);
    // The index of a dataset object is kept: records added to it later are not found until a new object is searched.
    d.organizations.push({ ...structuredClone(d.organizations[1]!), id: "harbours-inc", name: "Harbours Inc" });
    expect(searchDataset(d, "harbours").map((h) => h.document.id)).toEqual([SEED]);
    expect(searchDataset(structuredClone(d), "harbours").map((h) => h.document.id).sort()).toEqual(["harbours-inc", SEED].sort());
  });
});
