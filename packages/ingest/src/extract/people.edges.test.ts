// Edge cases of extract/people.ts that the case tests leave open: orgPrefix word by word, normalizeTitle's anchors and
// spacing, and readPosts called directly on one post text (how it is split into posts, which organization each post is
// at, its span, tenure and the post as stated). Sentences and post texts written for these tests; the bodies are the
// synthetic list of test/synthetic-organizations.ts, with the United Nations added.
import { describe, expect, it } from "vitest";
import { peopleOf } from "../../test/extract-helpers";
import { normalizeTitle, orgPrefix, readPosts } from "./people";
import { readDoc } from "./text";
import { ORGS, org, resolver } from "../../test/synthetic-organizations";

const WITH_UN = [...ORGS, org({ id: "un", name: "United Nations", acronym: "UN", kind: "un-principal-organ" as never })];

describe("orgPrefix", () => {
  it.each<[string, string | undefined]>([
    ["the Port Watch Network established to watch ports", "the Port Watch Network"],
    ["Port Watch Network (PWN) with its partners", "Port Watch Network (PWN)"],
    ["the so-called 1540 Committee on arms", "1540 Committee"],
    ["so-called Harbour Watch", "Harbour Watch"],
    ["the  so-called  Harbour Watch", "Harbour Watch"],
    ["Harbour so-called Watch", "Harbour"],
    ["the  Harbour  Watch", "the Harbour Watch"],
    ["Office for the Harbour of Ports", "Office for the Harbour of Ports"],
    ["Harbour Office of the port", "Harbour Office"],
    ["of Harbour Watch", undefined],
    ["the eCommerce Forum", undefined],
    ["The harbour", undefined],
    ["the harbour", undefined],
    ["harbour watch", undefined],
    ["", undefined],
    ["“Harbour” Watch", "“Harbour” Watch"],
    ["Group of 7 and friends", "Group of 7"],
    ["(PWN) Network", "(PWN) Network"],
    ["Harbour, Watch;", "Harbour, Watch"],
    ["Harbour Watch:", "Harbour Watch"],
    ["A B C D E F G H I J K L M N O P", "A B C D E F G H I J K L M N"],
  ])("%j → %j", (phrase, head) => {
    expect(orgPrefix(phrase)).toBe(head);
  });
});

describe("normalizeTitle: anchors and spacing", () => {
  it.each([
    ["the  Chair", "Chair", "substantive"],
    ["outgoing  Chair", "Chair", "substantive"],
    ["Chair of the new Committee", "Chair of the new Committee", "substantive"],
    ["Acting  Director", "Director", "acting"],
    ["Head of the Acting Group", "Head of the Acting Group", "substantive"],
    ["Director a.ix", "Director a.ix", "substantive"],
    ["Director a.i. of Ports", "Director of Ports", "acting"],
    ["Representative to the United Nations Office", "Representative to the United Nations Office", "substantive"],
    ["Representative  to the UN", "Representative", "substantive"],
    ["Vice-Chairman", "Vice-Chairman", "substantive"],
    ["Senior Under-Secretary-General for Peace", "Senior Under-Secretary-General for Peace", "substantive"],
    ["Lead of the Data unit for Ports", "Lead of the Data unit for Ports", "substantive"],
  ])("%j → %s (%s)", (stated, title, tenure) => {
    expect(normalizeTitle(stated)).toStrictEqual({ title, tenure });
  });
});

/** Each post readPosts reads from the whole text: title, organization id, tenure, the post as stated, the role's span and the organization's span, as text. */
function postsOf(text: string, introStart = 0) {
  const doc = readDoc(text);
  return readPosts(doc, { start: 0, end: doc.text.length }, introStart, resolver([], WITH_UN)).map((r) => ({
    title: r.title,
    org: r.org.id,
    tenure: r.tenure,
    stated: r.titleAsStated,
    span: [r.span.start, r.span.end],
    at: r.org.spans.map((s) => doc.text.slice(s.start, s.end)),
    ...(r.bare ? { bare: true } : {}),
  }));
}
const post = (title: string, orgId: string, stated: string, end: number, at: string, tenure = "substantive") => ({ title, org: orgId, tenure, stated, span: [0, end], at: [at] });

describe("readPosts on one post text", () => {
  it.each<[string, ReturnType<typeof post>[]]>([
    ["Chair of the Counter-Terrorism Committee and head of the Port Watch Network", [post("Chair", "ctc", "Chair of the Counter-Terrorism Committee", 40, "the Counter-Terrorism Committee"), post("Head", "port-watch", "head of the Port Watch Network", 75, "the Port Watch Network")]],
    ["Chair of the Port Watch Network and Counter-Terrorism Committee Chair", [post("Chair", "port-watch", "Chair of the Port Watch Network", 31, "the Port Watch Network"), post("Chair", "ctc", "Counter-Terrorism Committee Chair", 69, "Counter-Terrorism Committee")]],
    ["Permanent Representative of Malta and CTC Chair", [post("Permanent Representative", "malta", "Permanent Representative of Malta", 33, "Malta"), post("Chair", "ctc", "CTC Chair", 47, "CTC")]],
    ["Chief of the Counter-Terrorism Committee and CTED Director", [post("Chief", "ctc", "Chief of the Counter-Terrorism Committee", 40, "the Counter-Terrorism Committee"), post("Director", "cted", "CTED Director", 58, "CTED")]],
    ["Chair of the Counter-Terrorism Committee and PWN Director", [post("Chair", "ctc", "Chair of the Counter-Terrorism Committee", 40, "the Counter-Terrorism Committee"), post("Director", "port-watch", "PWN Director", 57, "PWN")]],
    ["CTC Chair India’s Permanent Representative", [post("Chair", "ctc", "CTC Chair", 9, "CTC"), post("Permanent Representative", "india", "India’s Permanent Representative", 42, "India")]],
    ["Chair India’s Permanent Representative", [post("Permanent Representative", "india", "India’s Permanent Representative", 38, "India")]],
    ["Special Envoy and Director of the Port Watch Network", [post("Special Envoy", "port-watch", "Special Envoy and Director of the Port Watch Network", 52, "the Port Watch Network"), post("Director", "port-watch", "Special Envoy and Director of the Port Watch Network", 52, "the Port Watch Network")]],
    ["Director of the Port Watch Network and Special Envoy", [post("Director", "port-watch", "Director of the Port Watch Network", 34, "the Port Watch Network")]],
    ["Chair and Head of Policy for Port Watch Network", [post("Chair", "port-watch", "Chair and Head of Policy for Port Watch Network", 47, "Port Watch Network"), post("Head of Policy", "port-watch", "Chair and Head of Policy for Port Watch Network", 47, "Port Watch Network")]],
    ["Permanent Representative of Malta to the United Nations", [post("Permanent Representative", "malta", "Permanent Representative of Malta to the United Nations", 55, "Malta")]],
    ["Representative of the UN", []],
    ["Officer of the UN", [post("Officer", "un", "Officer of the UN", 17, "the UN")]],
    ["Coordinator to the United Nations", [post("Coordinator", "un", "Coordinator to the United Nations", 33, "the United Nations")]],
    ["Chef de Cabinet to the UN Secretary-General", [post("Chef de Cabinet", "un", "Chef de Cabinet to the UN Secretary-General", 43, "the UN Secretary-General")]],
    ["Chair of the Counter-Terrorism Committee (CTC) established to counter terrorism", [post("Chair", "ctc", "Chair of the Counter-Terrorism Committee (CTC) established to counter terrorism", 79, "the Counter-Terrorism Committee (CTC)")]],
    ["Chair of the so-called 1540 Committee on arms", [post("Chair", "1540-committee", "Chair of the so-called 1540 Committee on arms", 45, "1540 Committee")]],
    ["CTC Chair", [post("Chair", "ctc", "CTC Chair", 9, "CTC")]],
    ["the current CTC chairman", [post("Chair", "ctc", "the current CTC chairman", 24, "CTC")]],
    ["CTED Acting Executive Director", [post("Executive Director", "cted", "CTED Acting Executive Director", 30, "CTED", "acting")]],
    ["CTED’s Research and Analysis Coordinator", [post("Research and Analysis Coordinator", "cted", "CTED’s Research and Analysis Coordinator", 40, "CTED")]],
    ["the Port Watch Network’s Chair", [post("Chair", "port-watch", "the Port Watch Network’s Chair", 30, "the Port Watch Network")]],
    ["Malta Foreign Minister", [post("Foreign Minister", "malta", "Malta Foreign Minister", 22, "Malta")]],
    ["Malta’s Foreign Minister", [post("Foreign Minister", "malta", "Malta’s Foreign Minister", 24, "Malta")]],
    ["Senior Policy Analyst of Harbour Security at Port Watch Network", [post("Senior Policy Analyst of Harbour Security", "port-watch", "Senior Policy Analyst of Harbour Security at Port Watch Network", 63, "Port Watch Network")]],
    ["Director of Harbour Affairs at the Port Watch Network", [post("Director of Harbour Affairs", "port-watch", "Director of Harbour Affairs at the Port Watch Network", 53, "the Port Watch Network")]],
    ["Director for Harbours of the Port Watch Network", [post("Director for Harbours", "port-watch", "Director for Harbours of the Port Watch Network", 47, "the Port Watch Network")]],
    ["Head at Port Watch Network", [post("Head", "port-watch", "Head at Port Watch Network", 26, "Port Watch Network")]],
    ["Assistant Secretary-General, United Nations Harbour Office", [post("Assistant Secretary-General", "un-harbour-office", "Assistant Secretary-General, United Nations Harbour Office", 58, "United Nations Harbour Office")]],
    ["Director, Port Watch Network", [post("Director", "port-watch", "Director, Port Watch Network", 28, "Port Watch Network")]],
    ["Adviser, Port Watch Network (PWN)", [post("Adviser", "port-watch", "Adviser, Port Watch Network (PWN)", 33, "Port Watch Network (PWN)")]],
    ["Head of Programme, Port Watch Network", [post("Head of Programme", "port-watch", "Head of Programme, Port Watch Network", 37, "Port Watch Network")]],
    ["Director for Policy, Programme, Civil Society and Intergovernmental Support at Port Watch Network", [post("Director for Policy", "port-watch", "Director for Policy, Programme, Civil Society and Intergovernmental Support at Port Watch Network", 97, "Port Watch Network")]],
    ["Secretary-General of Malta", [post("Secretary-General", "malta", "Secretary-General of Malta", 26, "Malta")]],
    ["Director of Harbour Studies", [post("Director", "harbour-studies", "Director of Harbour Studies", 27, "Harbour Studies")]],
    ["Director of the Harbour Studies Institute", [post("Director", "harbour-studies-institute", "Director of the Harbour Studies Institute", 41, "the Harbour Studies Institute")]],
    ["Head of PWNX", [post("Head", "pwnx", "Head of PWNX", 12, "PWNX")]],
    ["Head of Ports", []],
    ["Ambassador to the UN", []],
    ["Ambassador to the United Nations", []],
    ["Officer to the United Nations", [post("Officer", "un", "Officer to the United Nations", 29, "the United Nations")]],
    ["Chair of the Counter-Terrorism Committee, Port Watch Network", [post("Chair", "ctc", "Chair of the Counter-Terrorism Committee", 40, "the Counter-Terrorism Committee")]],
    ["Director, Director of Support at Port Watch Network", [post("Director", "port-watch", "Director, Director of Support at Port Watch Network", 51, "Port Watch Network"), post("Director of Support", "port-watch", "Director, Director of Support at Port Watch Network", 51, "Port Watch Network")]],
    ["Chair and Vice-Chair, Port Watch Network", [post("Chair", "port-watch", "Chair and Vice-Chair, Port Watch Network", 40, "Port Watch Network"), post("Vice-Chair", "port-watch", "Chair and Vice-Chair, Port Watch Network", 40, "Port Watch Network")]],
    ["Chair, Harbour Support at Port Watch Network", [post("Chair", "port-watch", "Chair, Harbour Support at Port Watch Network", 44, "Port Watch Network")]],
    ["Head of Policy at Harbour Studies Centre", [post("Head of Policy", "harbour-studies-centre", "Head of Policy at Harbour Studies Centre", 40, "Harbour Studies Centre")]],
    ["Head of Policy at the Harbour Studies Centre for Ports", [post("Head of Policy", "harbour-studies-centre-for-ports", "Head of Policy at the Harbour Studies Centre for Ports", 54, "Harbour Studies Centre for Ports")]],
    ["Analyst at Harbour studies", []],
    ["Director of the Port Watch Network and 1540 Committee Chair", [post("Director", "port-watch", "Director of the Port Watch Network", 34, "the Port Watch Network"), post("Chair", "1540-committee", "1540 Committee Chair", 59, "1540 Committee")]],
    ["Director of the Port Watch Network and Permanent Representative of Malta", [post("Director", "port-watch", "Director of the Port Watch Network", 34, "the Port Watch Network"), post("Permanent Representative", "malta", "Permanent Representative of Malta", 72, "Malta")]],
    ["Director of the Port Watch Network and CTC Chair", [post("Director", "port-watch", "Director of the Port Watch Network", 34, "the Port Watch Network"), post("Chair", "ctc", "CTC Chair", 48, "CTC")]],
    ["Director of the Port Watch Network and the Counter-Terrorism Committee Chair", [post("Director", "port-watch", "Director of the Port Watch Network", 34, "the Port Watch Network"), post("Chair", "ctc", "the Counter-Terrorism Committee Chair", 76, "the Counter-Terrorism Committee")]],
    ["Director of the Port Watch Network and Acting Head of the Counter-Terrorism Committee", [post("Director", "port-watch", "Director of the Port Watch Network", 34, "the Port Watch Network"), post("Head", "ctc", "Acting Head of the Counter-Terrorism Committee", 85, "the Counter-Terrorism Committee", "acting")]],
    ["Director of the Port Watch Network and head of Ports Research", [post("Director", "port-watch", "Director of the Port Watch Network", 34, "the Port Watch Network"), post("Head", "ports-research", "head of Ports Research", 61, "Ports Research")]],
    ["Director of the Port Watch Network and PWN Studies", [post("Director", "port-watch-network-and-pwn-studies", "Director of the Port Watch Network and PWN Studies", 50, "the Port Watch Network and PWN Studies")]],
    ["Chair and head of the Port Watch Network", [post("Chair and head", "port-watch", "Chair and head of the Port Watch Network", 40, "the Port Watch Network")]],
    ["Head of Research Malta’s Permanent Representative", [post("Permanent Representative", "malta", "Malta’s Permanent Representative", 49, "Malta")]],
    ["Chair India’s mission", []],
    ["Executive, Port Watch Network", []],
    ["Deputy Director PWN", []],
    ["Chief of Branch", []],
    ["Chair, Vice-Chair", []],
  ])("%j", (text, expected) => {
    expect(postsOf(text)).toStrictEqual(expected);
  });

  it("gives a bare rank of the Secretariat to the United Nations, at the end of the rank", () => {
    for (const rank of ["Under-Secretary-General", "Deputy Secretary-General", "Assistant Secretary-General", "Secretary-General"]) {
      expect(postsOf(rank)).toStrictEqual([{ title: rank, org: "un", tenure: "substantive", stated: rank, span: [0, rank.length], at: [""], bare: true }]);
    }
    expect(postsOf("Deputy  Secretary-General").map((r) => [r.title, r.bare])).toStrictEqual([["Deputy  Secretary-General", true]]);
    expect(postsOf("Under-Secretary-General Office")).toStrictEqual([]);
  });

  it("starts each post's span at the introduction", () => {
    expect(postsOf("CTC Chair", 4)).toStrictEqual([{ ...post("Chair", "ctc", "CTC Chair", 9, "CTC"), span: [4, 9] }]);
  });
});


describe("findPeople: honorifics", () => {
  it("writes an honorific with single spaces", () => {
    const [p] = peopleOf("H.E.  Mr. Pieter Smulders, Chair of the Counter-Terrorism Committee, opened the meeting.");
    expect(p).toMatchObject({ name: "Pieter Smulders", honorific: "H.E. Mr." });
  });
  it("keeps no honorific from an introduction without one, so a later reference gives it", () => {
    const text = "Lena Marsh, Chair of the Counter-Terrorism Committee, opened the meeting. Lena Marsh, Chair of the Counter-Terrorism Committee, closed it. Ms. Marsh then left.";
    const people = peopleOf(text);
    expect(people.map((p) => [p.name, p.honorific])).toStrictEqual([["Lena Marsh", "Ms."]]);
  });
});

describe("findPeople: a capitalised word before the name that is no part of it", () => {
  it.each([
    ["Following Lena Marsh, Chair of the Counter-Terrorism Committee, opened the meeting.", 10],
    ["The Council’s Lena Marsh, Chair of the Counter-Terrorism Committee, opened the meeting.", 14],
  ])("%j", (text, start) => {
    const people = peopleOf(text);
    expect(people.map((p) => [p.name, p.spans, p.intro])).toStrictEqual([["Lena Marsh", [{ start, end: start + 10 }], { start, end: text.indexOf(", opened") }]]);
    expect(people[0]!.roles.map((r) => [r.title, r.org.id, r.titleAsStated])).toStrictEqual([["Chair", "ctc", "Chair of the Counter-Terrorism Committee"]]);
  });
});

describe("findPeople: the post of an introduction", () => {
  it("reads the body after “the so-called”, its span on the body's name", () => {
    const text = "Lena Marsh, Chair of the so-called 1540 Committee on arms, opened the meeting.";
    const [p] = peopleOf(text);
    expect(p!.roles.map((r) => [r.title, r.org.id, r.titleAsStated])).toStrictEqual([["Chair", "1540-committee", "Chair of the so-called 1540 Committee on arms"]]);
    expect(p!.roles[0]!.org.spans.map((s) => text.slice(s.start, s.end))).toStrictEqual(["1540 Committee"]);
  });
});

describe("findPeople: a numbered committee's post after another post", () => {
  it("reads “1540 Committee Chair” as the Chair of the 1540 Committee, not as the committee's name", () => {
    const text = "Lena Marsh, Permanent Representative of Malta and 1540 Committee Chair, opened the meeting.";
    const [p] = peopleOf(text);
    expect(p!.roles.map((r) => [r.title, r.org.id, r.titleAsStated, text.slice(r.span.start, r.span.end)])).toStrictEqual([
      ["Permanent Representative", "malta", "Permanent Representative of Malta", "Lena Marsh, Permanent Representative of Malta"],
      ["Chair", "1540-committee", "1540 Committee Chair", "Lena Marsh, Permanent Representative of Malta and 1540 Committee Chair"],
    ]);
  });
});

describe("readPosts inside a longer text", () => {
  it("gives offsets into the text, not into the post text", () => {
    const text = "Lena Marsh, Permanent Representative of Malta and CTC Chair India’s Permanent Representative, spoke.";
    const doc = readDoc(text);
    const start = text.indexOf("Permanent");
    const end = text.indexOf(", spoke");
    const roles = readPosts(doc, { start, end }, 0, resolver([], WITH_UN));
    expect(roles.map((r) => [r.title, r.org.id, r.titleAsStated, text.slice(r.span.start, r.span.end), r.org.spans.map((s) => text.slice(s.start, s.end))])).toStrictEqual([
      ["Permanent Representative", "malta", "Permanent Representative of Malta", "Lena Marsh, Permanent Representative of Malta", ["Malta"]],
      ["Chair", "ctc", "CTC Chair", "Lena Marsh, Permanent Representative of Malta and CTC Chair", ["CTC"]],
      ["Permanent Representative", "india", "India’s Permanent Representative", text.slice(0, end), ["India"]],
    ]);
  });
  it("reads a bare organization after a post, and a portfolio list, at their offsets", () => {
    const text = "Ana Ruiz, Head of Programme, Port Watch Network and Director for Policy, Programme, Training and Harbour Support at Port Watch Network (PWN), spoke.";
    const doc = readDoc(text);
    const start = text.indexOf("Head");
    const end = text.indexOf(", spoke");
    const roles = readPosts(doc, { start, end }, 0, resolver([], WITH_UN));
    expect(roles.map((r) => [r.title, r.org.id, r.titleAsStated, text.slice(r.span.start, r.span.end), r.org.spans.map((s) => text.slice(s.start, s.end))])).toStrictEqual([
      ["Head of Programme", "port-watch", "Head of Programme, Port Watch Network", "Ana Ruiz, Head of Programme, Port Watch Network", ["Port Watch Network", "Port Watch Network (PWN)"]],
      ["Director for Policy", "port-watch", "Director for Policy, Programme, Training and Harbour Support at Port Watch Network (PWN)", text.slice(0, end), ["Port Watch Network", "Port Watch Network (PWN)"]],
    ]);
  });
});

describe("readPosts: which connective names the body", () => {
  const withText = (text: string, acronyms: { acronym: string; name: string }[], orgs = WITH_UN) => {
    const doc = readDoc(text);
    return readPosts(doc, { start: 0, end: doc.text.length }, 0, resolver(acronyms, orgs)).map((r) => [r.title, r.org.id, r.org.spans.map((s) => text.slice(s.start, s.end))]);
  };
  const HSI = [{ acronym: "HSI", name: "Harbour Studies Institute" }];
  const BOTH = [...HSI, { acronym: "PSC", name: "Port Safety Council" }];
  it("prefers a body of the dataset, at any connective, to one the text defines", () => {
    expect(withText("Adviser for HSI at the Port Watch Network", HSI)).toStrictEqual([["Adviser for HSI", "port-watch", ["the Port Watch Network"]]]);
  });
  it("takes a body the text defines when the dataset's are none, the last connective first", () => {
    expect(withText("Director of Research at HSI", HSI)).toStrictEqual([["Director of Research", "hsi", ["HSI"]]]);
    expect(withText("Director of HSI at PSC", BOTH)).toStrictEqual([["Director of HSI", "psc", ["PSC"]]]);
  });
  it("puts a post in the Secretary-General's office at the United Nations only when the United Nations is known", () => {
    expect(withText("Chef de Cabinet to the UN Secretary-General", [], ORGS)).toStrictEqual([["Chef de Cabinet", "un-secretary-general", ["the UN Secretary-General"]]]);
  });
});

describe("readPosts: posts and bodies side by side", () => {
  const ORGS3 = [...WITH_UN, org({ id: "hed", name: "Harbour Executive Board", kind: "civil-society-organization", alternateNames: ["Harbour Executive Directorate"] })];
  const rolesOf = (text: string) => {
    const doc = readDoc(text);
    return readPosts(doc, { start: 0, end: doc.text.length }, 0, resolver([], ORGS3)).map((r) => [r.title, r.org.id, r.titleAsStated]);
  };
  it.each<[string, string[][]]>([
    ["Adviser, chairman of the Counter-Terrorism Committee", [["Adviser", "ctc", "Adviser, chairman of the Counter-Terrorism Committee"], ["Chair", "ctc", "Adviser, chairman of the Counter-Terrorism Committee"]]],
    ["Adviser, Counter-Terrorism Committee Executive Directorate", [["Adviser", "cted", "Adviser, Counter-Terrorism Committee Executive Directorate"]]],
    ["Adviser, Harbour Executive Directorate", [["Adviser", "hed", "Adviser, Harbour Executive Directorate"]]],
    ["Adviser, CTED", [["Adviser", "cted", "Adviser, CTED"]]],
    ["Director, Director, Harbour Support at Port Watch Network", [["Director", "port-watch", "Director, Director, Harbour Support at Port Watch Network"]]],
    ["Chair and Chair of the Counter-Terrorism Committee", [["Chair", "ctc", "Chair and Chair of the Counter-Terrorism Committee"]]],
    ["Harbour Support at Port Watch Network", [["Harbour Support", "port-watch", "Harbour Support at Port Watch Network"]]],
    ["Under-Secretary-General ", [["Under-Secretary-General", "un", "Under-Secretary-General "]]],
  ])("%j", (text, expected) => {
    expect(rolesOf(text)).toStrictEqual(expected);
  });
});

describe("readPosts: a dataset body at the first connective wins over a text's body at the last", () => {
  const HSI = [{ acronym: "HSI", name: "Harbour Studies Institute" }];
  const orgOf = (text: string) => {
    const doc = readDoc(text);
    return readPosts(doc, { start: 0, end: doc.text.length }, 0, resolver(HSI, WITH_UN)).map((r) => [r.title, r.org.id]);
  };
  it.each<[string, string[][]]>([
    ["Director of the Port Watch Network at HSI", [["Director", "port-watch"]]],
    ["Director of PWN at HSI", [["Director", "port-watch"]]],
    ["Director of the 1373 Committee at HSI", [["Director", "ctc"]]],
    ["Envoy of Malta at HSI", [["Envoy", "malta"]]],
    ["Director of the Port Watch Network at the Counter-Terrorism Committee", [["Director", "port-watch"]]],
  ])("%j", (text, expected) => {
    expect(orgOf(text)).toStrictEqual(expected);
  });
});
