import { describe, expect, it } from "vitest";
import { honorificBeforePost, leadingHonorific, roleStatedWording } from "./role-stated-wording";
import { copyOfDataset, described } from "../../../test/rule-helpers";

const VORONKOV = "vladimir-voronkov-usg-unoct";

describe("role-stated-wording", () => {
  it("accepts the curated dataset: every post as stated is the source's words, without an honorific", () => {
    expect(described(roleStatedWording.check(copyOfDataset()))).toEqual([]);
  });

  it("reports an honorific before the post (the wording the person page once showed for Voronkov)", () => {
    const d = copyOfDataset();
    const i = d.roles.findIndex((r) => r.id === VORONKOV);
    d.roles[i]!.titleAsStated = "Mr. Under-Secretary-General of the United Nations Office of Counter-Terrorism";
    const lines = described(roleStatedWording.check(d));
    expect(lines[0]).toBe(`roles.${i}.titleAsStated: starts with the honorific “Mr.”: the post as stated goes without it (put it in “honorific”)`);
  });

  it("reports the role's own honorific before the post, even one not in the list", () => {
    const d = copyOfDataset();
    const i = d.roles.findIndex((r) => r.id === VORONKOV);
    d.roles[i]!.honorific = "Monsieur";
    d.roles[i]!.titleAsStated = "Monsieur Under-Secretary-General";
    expect(described(roleStatedWording.check(d))[0]).toMatch(/starts with the role's honorific “Monsieur”/);
  });

  it("reports a wording that is not in the cited passage", () => {
    const d = copyOfDataset();
    const i = d.roles.findIndex((r) => r.id === VORONKOV);
    d.roles[i]!.titleAsStated = "Head of the Office of Counter-Terrorism";
    expect(described(roleStatedWording.check(d))).toEqual([`roles.${i}.titleAsStated: “Head of the Office of Counter-Terrorism” is not in the words of the passage its evidence cites`]);
  });

  it("knows honorifics by whole words only", () => {
    expect(leadingHonorific("H.E. Mr. Chair")).toBe("H.E.");
    expect(leadingHonorific("His Excellency the Chair")).toBe("His Excellency");
    expect(leadingHonorific("Mrs. Chair")).toBe("Mrs.");
    expect(leadingHonorific("Director of Programmes")).toBeUndefined();
    expect(leadingHonorific("Mrsomething")).toBeUndefined();
    expect(leadingHonorific("Ambassador of Egypt")).toBe("Ambassador");
  });

  it("takes a rank that begins the post's own wording as part of the post, and the same word before a name as an honorific", () => {
    expect(honorificBeforePost("Ambassador and Permanent Representative of Peru to the United Nations")).toBeUndefined();
    expect(honorificBeforePost("Ambassador of the United Kingdom to the United Nations")).toBeUndefined();
    expect(honorificBeforePost("Ambassador, Permanent Representative of Egypt")).toBeUndefined();
    expect(honorificBeforePost("Ambassador Kamboj, Chair of the Committee")).toBe("Ambassador");
    expect(honorificBeforePost("Mr. Under-Secretary-General")).toBe("Mr.");
    const d = copyOfDataset();
    const i = d.roles.findIndex((r) => r.id === VORONKOV);
    d.roles[i]!.titleAsStated = "Ambassador Voronkov, Under-Secretary-General";
    expect(described(roleStatedWording.check(d))[0]).toBe(`roles.${i}.titleAsStated: starts with the honorific “Ambassador”: the post as stated goes without it (put it in “honorific”)`);
  });
});

describe("role-stated-wording: more cases, each with its rule, path and message", () => {
  const voronkov = () => {
    const d = copyOfDataset();
    const i = d.roles.findIndex((r) => r.id === VORONKOV);
    return { d, i, role: d.roles[i]! };
  };

  it("finds the wording in the passage whatever its spacing, and reports nothing else", () => {
    const { d, role } = voronkov();
    role.titleAsStated = "Under-Secretary-General  of the\nUnited Nations Office of Counter-Terrorism";
    expect(roleStatedWording.check(d)).toStrictEqual([]);
  });

  it("reads honorifics after leading spaces, and an empty honorific as none", () => {
    expect(leadingHonorific("   Dr. Chair")).toBe("Dr.");
    expect(leadingHonorific("Sir")).toBe("Sir");
    const { d, i, role } = voronkov();
    role.honorific = "";
    role.titleAsStated = " Under-Secretary-General";
    expect(roleStatedWording.check(d)).toStrictEqual([]);
    role.honorific = "Mr.";
    role.titleAsStated = "Mr. Under-Secretary-General";
    expect(roleStatedWording.check(d)).toStrictEqual([
      { rule: "role-stated-wording", path: ["roles", i, "titleAsStated"], message: "starts with the honorific “Mr.”: the post as stated goes without it (put it in “honorific”)" },
      { rule: "role-stated-wording", path: ["roles", i, "titleAsStated"], message: "“Mr. Under-Secretary-General” is not in the words of the passage its evidence cites" },
    ]);
  });

  it("checks the wording only against span evidence, and says 'passages' when it cites several", () => {
    const { d, i, role } = voronkov();
    role.evidence = role.evidence.filter((e) => e.kind !== "span");
    role.titleAsStated = "Head of Everything";
    expect(roleStatedWording.check(d)).toStrictEqual([]);
    const two = voronkov();
    const span = two.role.evidence.find((e) => e.kind === "span")!;
    two.role.evidence = [span, structuredClone(span)];
    two.role.titleAsStated = "Head of Everything";
    expect(roleStatedWording.check(two.d)).toStrictEqual([
      { rule: "role-stated-wording", path: ["roles", i, "titleAsStated"], message: "“Head of Everything” is not in the words of the passages its evidence cites" },
    ]);
  });

  it("takes a rank followed by a comma or a lower-case word as part of the post, but not one followed by a capital or nothing", () => {
    expect(honorificBeforePost("  Ambassador, Permanent Representative")).toBeUndefined();
    expect(honorificBeforePost("Ambassador  and Permanent Representative")).toBeUndefined();
    expect(honorificBeforePost("Ambassador")).toBe("Ambassador");
    expect(honorificBeforePost("Ambassador Kamboj")).toBe("Ambassador");
    expect(honorificBeforePost("Excellency the Chair")).toBe("Excellency"); // not a rank: an honorific before any word
    expect(honorificBeforePost("Chair of the Committee")).toBeUndefined();
  });
});

describe("role-stated-wording: spacing of the wording and the passage, and a role without an honorific", () => {
  const voronkov = () => {
    const d = copyOfDataset();
    const i = d.roles.findIndex((r) => r.id === VORONKOV);
    const role = d.roles[i]!;
    const span = role.evidence.find((e) => e.kind === "span")!;
    return { d, i, role, span };
  };
  const problem = (i: number, message: string) => ({ rule: "role-stated-wording", path: ["roles", i, "titleAsStated"], message });

  it("reads a rank after leading spaces as the start of the post when a lower-case word follows it", () => {
    expect(honorificBeforePost("  Ambassador and Permanent Representative")).toBeUndefined();
    expect(honorificBeforePost("  Ambassador Kamboj")).toBe("Ambassador");
  });

  it("compares words, not letters: spaces become one space, never none", () => {
    const { d, i, role, span } = voronkov();
    role.evidence = [{ ...span, exact: "the PermanentRepresentative of Egypt" }];
    role.titleAsStated = "Permanent Representative";
    expect(roleStatedWording.check(d)).toStrictEqual([problem(i, "“Permanent Representative” is not in the words of the passage its evidence cites")]);
    role.evidence = [{ ...span, exact: "the Permanent\n Representative of Egypt" }];
    expect(roleStatedWording.check(d)).toStrictEqual([]);
  });

  it("trims the wording before looking for it, so a post at the end of the passage is found", () => {
    const { d, role, span } = voronkov();
    role.evidence = [{ ...span, exact: "said Ms. Ruiz, Chair" }];
    role.titleAsStated = " Chair ";
    expect(roleStatedWording.check(d)).toStrictEqual([]);
  });

  it("without an honorific, checks nothing about one (even a post whose first word is “undefined”)", () => {
    const { d, role } = voronkov();
    role.evidence = role.evidence.filter((e) => e.kind !== "span");
    delete role.honorific;
    role.titleAsStated = "undefined Chair";
    expect(roleStatedWording.check(d)).toStrictEqual([]);
  });
});
