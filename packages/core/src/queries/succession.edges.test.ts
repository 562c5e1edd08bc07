// succession() on roles written for these tests: which roles count for a post, how one person's roles merge (earliest
// start, latest end, observed dates apart from a stated term), which holders are left out, and the order.
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Role } from "../schemas/role";
import { succession, type Post } from "./succession";

const POST: Post = { organization: "ctc", titles: ["Chair", "Acting Chair"] };
const [A, B, C] = ["gustavo-meza-cuadra", "vladimir-voronkov", "weixiong-chen"];

function withRoles(roles: Partial<Role>[]): Dataset {
  const d = structuredClone(dataset);
  const base = d.roles[0]!;
  d.roles = roles.map((r, i) => {
    const role = { ...structuredClone(base), id: `r${i}`, organization: "ctc", title: "Chair", tenure: "substantive", ...r } as Role;
    for (const k of ["start", "end", "term"] as const) if (!(k in r)) delete role[k];
    return role;
  });
  return d;
}
const rows = (d: Dataset) => succession(d, POST).map((t) => [t.person.id, t.tenure, t.titles, t.observed, t.term, t.start, t.end, t.roles.map((r) => r.id)]);

describe("succession", () => {
  it("merges one person's roles: the earliest start and latest end observed, the widest stated term (partial dates compare as text)", () => {
    const d = withRoles([
      { person: A, start: "2020-01-10", end: "2020-06-01", term: { start: "2019", evidence: [] } as never },
      { person: A, start: "2019-05-01", end: "2020-03-01", term: { start: "2019-03", end: "2021", evidence: [] } as never },
      { person: A, title: "Acting Chair", start: "2020-02-01" },
    ]);
    expect(rows(d)).toEqual([[A, "substantive", ["Chair", "Acting Chair"], { start: "2019-05-01", end: "2020-06-01" }, { start: "2019", end: "2021" }, "2019", "2021", ["r0", "r1", "r2"]]]);
  });
  it("draws from the observed dates where no term is stated, and ends at the start when nothing ends", () => {
    const d = withRoles([
      { person: A, start: "2020-01-10", end: "2020-06-01" },
      { person: B, start: "2021-04-01" },
      { person: B, start: "2021-02-01" },
      { person: B },
    ]);
    expect(rows(d)).toEqual([
      [A, "substantive", ["Chair"], { start: "2020-01-10", end: "2020-06-01" }, {}, "2020-01-10", "2020-06-01", ["r0"]],
      [B, "substantive", ["Chair"], { start: "2021-02-01", end: undefined }, {}, "2021-02-01", "2021-02-01", ["r1", "r2", "r3"]],
    ]);
  });
  it("keeps an acting spell apart, leaves out other posts, undated roles and unknown people, and orders by start, end, then person", () => {
    const d = withRoles([
      { person: C, start: "2020-01-01", end: "2020-12-31" },
      { person: B, start: "2020-01-01", end: "2020-06-30" },
      { person: A, start: "2020-01-01", end: "2020-06-30" },
      { person: A, tenure: "acting", title: "Acting Chair", start: "2019-11-01", end: "2019-12-31" },
      { person: A, organization: "cted", start: "2018-01-01" },
      { person: A, title: "Vice-Chair", start: "2018-01-01" },
      { person: C, tenure: "acting" },
      { person: "no-such-person", start: "2017-01-01" },
    ]);
    expect(succession(d, POST).map((t) => [t.person.id, t.tenure, t.start, t.end])).toEqual([
      [A, "acting", "2019-11-01", "2019-12-31"],
      [A, "substantive", "2020-01-01", "2020-06-30"],
      [B, "substantive", "2020-01-01", "2020-06-30"],
      [C, "substantive", "2020-01-01", "2020-12-31"],
    ]);
  });
  it("a term's end alone, or a later term's start, widens the term only where it is later or earlier", () => {
    const d = withRoles([
      { person: A, start: "2020-01-10", term: { end: "2020-09", evidence: [] } as never },
      { person: A, start: "2020-03-01", term: { start: "2020-02", end: "2020-08", evidence: [] } as never },
      { person: A, start: "2020-02-01", term: { start: "2020-03", evidence: [] } as never },
    ]);
    expect(succession(d, POST).map((t) => [t.term, t.start, t.end])).toEqual([[{ start: "2020-02", end: "2020-09" }, "2020-02", "2020-09"]]);
  });
});
