// Unit tests of the extractors on the phrasings the genre uses (beyond the fixtures).
import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { findAcronyms } from "./acronyms";
import { findDates } from "./dates";
import { findFiguresInSentence } from "./figures";
import { findType } from "./type";
import { OrgResolver, splitList } from "./organizations";
import { findPeople, normalizeTitle } from "./people";
import { feedItemTitle, findTitle } from "./title";
import { bodyParagraphs, readDoc, splitSentences } from "./text";

describe("dates", () => {
  const read = (text: string) => findDates(readDoc(text));
  it.each([
    ["On 27 June 2019, the CTC hosted an open briefing.", "2019-06-27", "2019-06-27"],
    ["The meeting was held on 28-29 October 2022 in Mumbai.", "2022-10-28", "2022-10-29"],
    ["It met on 28 and 29 October 2022.", "2022-10-28", "2022-10-29"],
    ["The workshop took place from 19 to 21 March 2019 in Singapore.", "2019-03-19", "2019-03-21"],
    ["The session ran from 30 November to 2 December 2020.", "2020-11-30", "2020-12-02"],
    ["The special meeting took place on 30 November and 1 December 2016.", "2016-11-30", "2016-12-01"],
    ["On Monday, 27 January 2020, the Committee met.", "2020-01-27", "2020-01-27"],
    ["On June 27, 2019, the Committee held a briefing.", "2019-06-27", "2019-06-27"],
    ["The chairs will brief the Council in Mumbai and Delhi on October 28-29, 2022.", "2022-10-28", "2022-10-29"],
  ])("%s", (text, start, end) => expect(read(text)).toEqual(expect.objectContaining({ start, end })));

  it.each([
    ["a UN press release: a day-first date line and “this morning”", "SC/9999\n\nCOUNCIL HEARS FROM THE CHAIRS OF ITS COMMITTEES\n\n03/12/2011\nPress Release\nSC/9999\n\nSecurity Council\n1234th Meeting (AM)\n\nThe Security Council this morning heard the chairs of its three committees.", "2011-12-03"],
    ["a dateline without its year, the year from the release's date", "SC/9998\n4 May 2006\n\nCouncil Told of Progress\n\nNEW YORK, 3 May (UN Headquarters) -- The chair of the committee told the Council today that reports had come in.", "2006-05-03"],
    ["a verbatim record's date line", "Security Council\n\n5000th meeting\n\nFriday, 7 March 2003, 10.30 a.m.\nNew York\n\nPresident: Mr. Aa Bb\n\nThe meeting was called to order.", "2003-03-07"],
    ["a statement dated after the speaker's name", "Briefing to the Council by the Chair of the Committee\n\nAna Ruiz 09.02.2012\nMr. President,\n\nI have the honour to brief the Council.", "2012-02-09"],
    ["a Web TV entry: the day, a dash, the description", "“Safe ports” - Virtual open briefing of the Committee\n12 Feb 2021 -  Small ports are a weak point, said the speakers at the briefing.", "2021-02-12"],
    ["a table of a meeting's record", "Security Council meeting 9999\n\nDate | 5 June 2007 |\n---|---|\nStarted | 10:00 |\nEnded | 13:00 |", "2007-06-05"],
    ["the same table flattened", "Security Council meeting 9999\n\nDate5 June 2007\nStarted10:00\nEnded13:00", "2007-06-05"],
    ["a year-less day in the body, the year from the publication line", "Published 15 October 2011\n\nCommittee marks ten years\n\nThe Committee held a special meeting on 14 October to mark ten years of work.", "2011-10-14"],
    ["a month name before the day, no comma, a time after", "Council extends the mandate\n\nNew York, Dec 20 2010 5:10PM\n\nThe Security Council today extended the mandate of the directorate.", "2010-12-20"],
    ["“at its 18 July meeting”", "New director takes office\n\n19 July 2013\n\nThe new director spoke to the Committee at its 18 July meeting for the first time.", "2013-07-18"],
    ["a historic date is not the meeting's", "Council recalls its resolution\n\n5 October 2011\n\nThe Council met today, ten years after resolution 1373 was adopted on 28 September 2001, to review its work.", "2011-10-05"],
    ["a weekday named for the meeting, counted back from the day of publication", "Country chairs the committee meeting\n\nFri, 23 Jun 2017 - 11:51 GMT\n\nCAIRO – The ambassador chaired a meeting of the committee on Wednesday in New York.", "2017-06-21"],
    ["a forthcoming meeting is not this one", "SC/9997\n8 March 2004\n\nChair briefs Council\n\nNEW YORK, 7 March (UN Headquarters) -- The chair told the Council this morning about the work done. He noted the Committee's forthcoming meeting on 20 March with regional organizations.", "2004-03-07"],
    ["a day in a later paragraph is another event's", "31 May 2006\n\nCouncil reviews the work\n\nNEW YORK, 30 May (UN Headquarters) -- More effort is needed, the chair said today.\n\nThe Council heard him out.\n\nOn 19 May, the Committee had decided to publish a database.", "2006-05-30"],
    ["the year of a year-less day from a month and year elsewhere", "Special meeting on financing\n\nThe special meeting was held at Headquarters on 20 November.\n\nPhoto: the meeting, November 2012", "2012-11-20"],
    ["a day in brackets after “Tomorrow”, the year from the posting line", "What's In Blue\n\nPosted Tue 3 May 2011\n\nBorder Briefing\n\nTomorrow (4 May), the Council will hear the chair of the committee.", "2011-05-04"],
    ["a day in brackets after a weekday", "Posted 6 Feb 2012\n\nBorder Briefing\n\nOn Thursday morning (9 February), the Council will hear the chair.", "2012-02-09"],
    ["a weekday in the dateline's paragraph, counted back from the dateline", "Ports meeting ends\n\nOSLO, 10 March 2005 (Agency) - The committee's meeting on ports took place in Bergen on Wednesday with forty States.", "2005-03-09"],
    ["a release's date line, not an older resolution's adoption day in its lead", "SC/9996\n\nCOUNCIL URGES STATES TO REPORT\n\n05/12/2002\nPress Release\n\nOn 28 September 2001, the Council adopted resolution 1373. The Council this morning met to review it.", "2002-12-05"],
  ])("%s", (_what, text, date) => expect(read(text)).toEqual(expect.objectContaining({ start: date, end: date })));

  it("reads two weekdays as a range, counted back from the dateline", () => {
    expect(read("Ports meeting ends\n\nOSLO, 10 March 2005 (Agency) - The committee's meeting on ports took place in Bergen on Wednesday and Thursday with forty States.")).toEqual(
      expect.objectContaining({ start: "2005-03-09", end: "2005-03-10" }),
    );
  });

  it("takes no year for a year-less day from a date that is history (an adoption, an anniversary, “since”)", () => {
    expect(read("Committee marks ten years\n\nThe Committee held a special meeting on 28 September to mark the anniversary of resolution 1373, adopted on 28 September 2001.")).toBeUndefined();
    expect(read("Border meeting\n\nThe meeting took place on 12 May. Since September 2014, States have reported.")).toBeUndefined();
  });

  it("reads no date where there is none, and no impossible date", () => {
    expect(read("The Committee discussed resolution 2354 (2017).")).toBeUndefined();
    expect(read("On 30 February 2020, the Committee met.")).toBeUndefined();
  });
});

describe("figures", () => {
  const figures = (sentence: string) => findFiguresInSentence(readDoc(sentence), { start: 0, end: sentence.length });
  it("reads counts with their unit, and approximations", () => {
    expect(figures("CTED had conducted 133 country visits covering 93 States to date.").map((f) => [f.value, f.unit, f.approximate, f.current])).toEqual([
      [133, "country visits", false, true],
      [93, "States", false, true],
    ]);
    expect(figures("The network has over 100 member think tanks and research institutes.").map((f) => [f.value, f.unit, f.approximate])).toEqual([[100, "member think tanks", true]]);
    expect(figures("Nearly 2,500 people attended.")[0]).toEqual(expect.objectContaining({ value: 2500, approximate: true, asStated: "Nearly 2,500 people" }));
    expect(figures("More than 40 percent of attacks targeted public places.")[0]).toEqual(expect.objectContaining({ value: 40, unit: "percent", approximate: true }));
  });
  it("reads money and scales", () => {
    expect(figures("India pledged US$500,000 to the Trust Fund.")[0]).toEqual(expect.objectContaining({ value: 500_000, unit: "USD" }));
    expect(figures("in 2018, Facebook removed about 25 million pieces of terrorist content.")[0]).toEqual(
      expect.objectContaining({ value: 25_000_000, unit: "pieces", approximate: true, year: 2018, asStated: "about 25 million pieces of terrorist content" }),
    );
  });
  it("takes no year, date, resolution, ordinal, time or document number for a figure", () => {
    expect(figures("On 16 November 2017 at 3.00 p.m., on the 16th anniversary of resolution 1373 (2001), the 1267 Committee met in Conference Room 4 on Recommendation 8 (S/2017/375).")).toEqual([]);
    // durations, distances, the committees that met and words of another script are no counts
    expect(figures("After 20 years of work and six months of talks, five miles from the hall, the three counter-terrorism committees and the two bodies met, 15 ноября.")).toEqual([]);
    expect(figures("The three anti-terrorism Committees reported that 12 counter-terrorism conventions were in force.").map((f) => [f.value, f.unit])).toEqual([[12, "counter-terrorism conventions"]]);
  });
});

describe("organizations", () => {
  const doc = readDoc("The Financial Action Task Force (FATF) and the Counter-Terrorism Committee Executive Directorate (CTED) met.");
  it("finds the acronyms a text defines, with the shortest matching name", () => {
    expect(findAcronyms(doc).map((a) => [a.acronym, a.name])).toEqual([
      ["FATF", "Financial Action Task Force"],
      ["CTED", "Counter-Terrorism Committee Executive Directorate"],
    ]);
  });
  it("resolves names, acronyms, alternate names and Member States to the dataset", () => {
    const r = new OrgResolver(dataset.organizations, findAcronyms(doc));
    const cted = dataset.organizations.find((o) => o.acronym === "CTED")!;
    expect(r.peek("CTED")?.id).toBe(cted.id);
    expect(r.peek("the Counter-Terrorism Committee Executive Directorate (CTED)")?.id).toBe(cted.id);
    const withAlternate = dataset.organizations.find((o) => o.alternateNames.length > 0)!;
    expect(r.peek(withAlternate.alternateNames[0]!)?.id).toBe(withAlternate.id);
    expect(r.peek("Tunisia")).toEqual(expect.objectContaining({ kind: "member-state", name: "Tunisia" }));
    expect(r.peek("FATF")?.name).toBe("Financial Action Task Force");
    expect(r.peek("Member States")).toBeUndefined();
  });
  it("splits a list at top-level commas and the final “and”, keeping names that contain “and”", () => {
    const text = "the A Forum (AF), the Network for Religious and Traditional Peacemakers, B Corp and C Group";
    const r = new OrgResolver(dataset.organizations, []);
    expect(splitList(text, 0, text.length, r).map((s) => text.slice(s.start, s.end))).toEqual(["A Forum (AF)", "Network for Religious and Traditional Peacemakers", "B Corp", "C Group"]);
  });
});

describe("people", () => {
  it.each([
    ["Chair of the Counter-Terrorism Committee", "Chair", "substantive"],
    ["Acting Executive Director", "Executive Director", "acting"],
    ["Public Policy Manager of the Counterterrorism and Dangerous Organizations team", "Public Policy Manager, Counterterrorism and Dangerous Organizations", "substantive"],
  ])("normalises the post %s", (stated, title, tenure) => {
    const t = normalizeTitle(stated.replace(/ of the Counter-Terrorism Committee$/u, ""));
    expect(t).toEqual({ title, tenure });
  });

  it("reads the introductions of the genre", () => {
    const text =
      "Ambassador Amr Abdellatif Aboulatta of Egypt delivered a joint statement. The Executive Director of CTED, Michèle Coninsx, briefed the Committee. Juan Carlos Monroy (Guatemala), Vice-President Pro Tempore of GAFILAT, said that exercises were held.";
    const doc = readDoc(text);
    const r = new OrgResolver(dataset.organizations, []);
    const people = findPeople(doc, r, splitSentences(text, 0, text.length));
    expect(people.map((p) => p.name)).toEqual(["Amr Abdellatif Aboulatta", "Michèle Coninsx", "Juan Carlos Monroy"]);
    expect(people[0]!.roles[0]?.org.id).toBe("egypt");
    expect(people[1]!.roles[0]?.title).toBe("Executive Director");
    expect(people[2]!.roles.map((x) => x.org.name)).toEqual(expect.arrayContaining(["Guatemala"]));
  });
});

describe("meeting type", () => {
  it("takes a public meeting of the Council, at which a chair briefed it, for a Council meeting", () => {
    const doc = readDoc("Ministers speak on terrorism\n\nThe Secretary-General opened a public Council meeting held today that heard 30 speakers. Briefing the Council, the Chair of the Committee set out its plans.");
    expect(findType(doc)?.value).toBe("security-council-meeting");
    expect(findType(readDoc("Envoys speak\n\nThe Chair told the Security Council in a meeting on threats to peace that work goes on. In her first briefing to the Council she set out her plans."))?.value).toBe("security-council-meeting");
  });
  it.each([
    ["CTC holds joint special meeting with the 1267 Committee", "joint-special-meeting"],
    ["CTED, INTERPOL and UNOCT host follow-up regional expert workshop", "workshop"],
    ["Chairs brief the Security Council", "security-council-briefing"],
    ["FATF President briefs CTC members and observers", "briefing-to-members"],
    ["Council holds open debate on threats to peace", "security-council-open-debate"],
    ["Chair briefs the wider membership on the Committee's work", "briefing-to-member-states"],
    ["Side event on financing during the counter-terrorism week", "side-event"],
    ["Committee holds an open informal briefing on strategies", "informal-briefing"],
    ["Committee holds a special event on drones and ports", "special-event"],
    ["The Chair convened an informal meeting on the needs of one State", "informal-meeting"],
    ["New chair sets out the year's work at the first CTC plenary", "committee-meeting"],
    ["Today marked the 401st meeting of the Security Council Counter-Terrorism Committee", "committee-meeting"],
  ])("%s → %s", (headline, type) => expect(findType(readDoc(`${headline}\n\nOn 1 May 2020, something happened.`))?.value).toBe(type));

  it.each([
    ["a Council told by its committee chairs", "Council hears its chairs\n\nThe Security Council was briefed today by the chairs of its three committees, who spoke of cooperation.", "security-council-briefing"],
    ["a Council meeting known only by its number and a resolution adopted", "Council renews the mandate\n\nSecurity Council\n\n4567th Meeting (AM)\n\nThe Security Council today unanimously adopted resolution 9999, extending the mandate.", "security-council-meeting"],
    ["a headline in capitals: the Council briefed by its chairs", "SC/9990\n\nSECURITY COUNCIL BRIEFED BY CHAIRS OF THREE COMMITTEES\n\n1 May 2006\n\nThe chairs spoke in turn.", "security-council-briefing"],
    ["the Council told in briefings", "Gaps remain, Security Council Told in Briefings by Committee Chairs\n\n2 May 2012\n\nSpeakers agreed.", "security-council-briefing"],
    ["an agenda item of briefings by the chairs", "Meeting record\n\nBriefings by Chairmen of subsidiary bodies of the Security Council\n\nThe President opened the meeting.", "security-council-briefing"],
    ["a preview: the Council will convene for a briefing", "What is coming\n\nTomorrow (9 May), the Security Council will convene for a briefing on the latest report.", "security-council-briefing"],
    ["an organization briefs the Council's committee, not the Council", "Regional body briefs the committee\n\nOn 3 March 2023, the president of a regional body briefed the United Nations Security Council Counter-Terrorism Committee (CTC) on its work.", "briefing-to-members"],
    ["a joint briefing given to the Council is a Council briefing", "Joint briefing to the Security Council on the latest report\n\nOn 2 February 2024, two heads of office briefed the Council.", "security-council-briefing"],
    ["the chair's briefing to the Member States", "Briefing by H.E. Mr. Aa Bb, Chairman of the Committee, to the Member States of the United Nations\n\nAa Bb 01.02.2010\nDear colleagues,", "briefing-to-member-states"],
    ["an open debate named after the Council", "Speakers endorse a plan\n\nBroad endorsement emerged in an open Security Council debate today of the plan.", "security-council-open-debate"],
    ["a resolution adopted, no briefing", "Unanimously Adopting Resolution 9999, Security Council Renews a Mandate\n\nThe Security Council today renewed the mandate of the directorate.", "security-council-meeting"],
    ["an earlier open briefing cited by its date is another meeting", "Chair reports on finance\n\nDrawing on the March 2019 open briefing on finance, the chair told the Council about the gaps.", "security-council-briefing"],
    ["an open briefing planned for next month is another meeting than the special meeting held", "Outcome of the meeting\n\nThe Committee will hold an open briefing next month on its special meeting held in Lima.", "special-meeting"],
    ["the Council's briefing comes first, a special meeting it mentions later", "Chair reports\n\nThe chair briefed the Council this morning on the Committee's work, including its special meeting in March.", "security-council-briefing"],
  ])("%s", (_what, text, type) => expect(findType(readDoc(text))?.value).toBe(type));

  it("names no type when the text states none (never guessed from “briefing” alone)", () => {
    expect(findType(readDoc("Committee reviews progress\n\nThe new director gave a briefing on the work of the year."))).toBeUndefined();
  });
});

describe("layout and title", () => {
  const body = (text: string) => bodyParagraphs(readDoc(text)).map((p) => text.slice(p.start, p.end));

  it("keeps a long opening paragraph that ends by introducing a quotation in the body, and drops a short label", () => {
    const lead = `On 3 March 2021, the Committee met to review two decades of work, heard three briefers and closed with a statement that read, in part, as follows, so that all could hear it in full and in the words agreed:`;
    const text = `Click the link below to open the file:\n\n${lead}\n\n“Members agree to keep working together.”`;
    expect(body(text)[0]).toBe(lead);
    expect(body(text)).not.toContain("Click the link below to open the file:");
  });

  it("takes a link label with its arrow ('← Back to Home') for the page's chrome, not the headline", () => {
    expect(findTitle(readDoc("← Back to Home\n\nTwenty years of work on border management\n\nOn 2 June 2022, the Committee met."))?.value).toBe("Twenty years of work on border management");
  });

  it("joins a headline broken over two lines, and takes the whole headline after a listing cut it short", () => {
    const broken = readDoc("Committee hears experts on the\nuse of drones by armed groups\n\nOn 2 June 2022, the Committee met.");
    expect(findTitle(broken)?.headline?.value).toBe("Committee hears experts on the use of drones by armed groups");
    const cut = readDoc("Committee hears experts on the use of…\nCommittee hears experts on the use of drones by armed groups\n\nOn 2 June 2022, the Committee met.");
    expect(findTitle(cut)?.value).toBe("Committee hears experts on the use of drones by armed groups");
  });

  it("takes a theme the lead introduces as one, not a speaker's quotation", () => {
    expect(findTitle(readDoc("Experts meet in Vienna\n\nOn 4 May 2022, CTED held sessions on the “Risks of drones in the hands of armed groups”."))?.value).toBe("Risks of drones in the hands of armed groups");
    expect(findTitle(readDoc("#Drones\n\nOn 4 May 2022, the Chair said “we must all act together now” to the room."))?.value).not.toBe("we must all act together now");
  });

  it("joins a headline broken over lines in one style (title case, capitals) but not a subheading after it", () => {
    const title = (text: string) => findTitle(readDoc(text))?.value;
    expect(title("SC/1111\n\nCouncil Hears Nine Delegations; Committee Chair\nUrges Faster Reporting by Member States\n\nNEW YORK, 3 May (UN Headquarters) -- The Council met today and heard the chair.")).toBe(
      "Council Hears Nine Delegations; Committee Chair Urges Faster Reporting by Member States",
    );
    expect(title("PANEL SAYS THE WORK OF\nBORDER GUARDS MATTERS\nMORE THAN EVER BEFORE\nNine Speakers Review Progress;\nReports Due in June\n\nThe Committee met today and heard nine speakers on borders.")).toBe(
      "PANEL SAYS THE WORK OF BORDER GUARDS MATTERS MORE THAN EVER BEFORE",
    );
    // A first line as long as a whole headline is one; the next is its subheading.
    expect(title("Council Adopts a Statement Calling on Member States to Report on Their Border Control Measures Without Delay\nChair of Committee Briefs Council on Reporting\n\nThe Council met today.")).toBe(
      "Council Adopts a Statement Calling on Member States to Report on Their Border Control Measures Without Delay",
    );
    // A headline given twice by a site, and a label after it, are not its continuation.
    expect(title("Panel to Go On for Two More Years\nPanel to Go On as a Mission for Two More Years\n\nThe Council decided today to extend the panel.")).toBe("Panel to Go On for Two More Years");
    expect(title("Anniversary of the Border Resolution\nMedia Note\n\nToday, the Committee marks the anniversary.")).toBe("Anniversary of the Border Resolution");
    // A one-word tag above the headline is the site's, not the headline.
    expect(title("QX\n\nCTED hosts a workshop on port security in Lagos\n\nOn 2 May 2021, CTED hosted experts.")).toBe("CTED hosts a workshop on port security in Lagos");
  });

  it("keeps a headline that reports the meeting whole (what follows its “holds … on” paraphrases the theme)", () => {
    expect(findTitle(readDoc("CTC holds open briefing on ports and borders\n\nOn 1 May 2020, the Committee met."))?.value).toBe("CTC holds open briefing on ports and borders");
  });

  it("takes a verbatim record's agenda item, alone on its line or inline", () => {
    const alone = "Provisional\n\nAgenda\n\nSafety of ports and borders\n\nThe meeting was called to order at 10 a.m.\n\nThe agenda was adopted.";
    expect(findTitle(readDoc(alone))?.value).toBe("Safety of ports and borders");
    const after = "Date | 2 May 2009 |\n\nThe meeting was called to order at 10.05 a.m.\n\nThe agenda was adopted.\n\nBriefings by chairs of two committees\n\nThe President\n\nI welcome the chairs.";
    expect(findTitle(readDoc(after))?.value).toBe("Briefings by chairs of two committees");
    const heading = "Date | 9 June 2009 |\n\nSafety of ports and borders\nPresident: | Ms. Roe |\n| Mr. Doe Atlantis |\nAdoption of the agenda\nSafety of ports and borders\n\nI welcome the chairs.";
    expect(findTitle(readDoc(heading))).toEqual(expect.objectContaining({ value: "Safety of ports and borders", span: { start: 117, end: 144 } }));
    const both = "Date | 9 June 2009 |\n\nAdoption of the agenda\n\nThe agenda was adopted.\n\nSafety of ports and borders\n\nThe President";
    expect(findTitle(readDoc(both))?.value).toBe("Safety of ports and borders");
    const inline = "President: Ms. Roe (Utopia) Members: Atlantis Mr. Doe Agenda Safety of ports and borders The meeting was called to order at 10 a.m.";
    expect(findTitle(readDoc(inline))?.value).toBe("Safety of ports and borders");
  });

  it("skips a photo caption on the first line and takes the theme the lead names in capitals", () => {
    const text = "Participants in the seminar\nOn Monday 4 May 2015, a university and CTED hosted a seminar on Safer ports through shared border data (SBD). The chair opened it.";
    expect(findTitle(readDoc(text))).toEqual(expect.objectContaining({ value: "Safer ports through shared border data (SBD)", span: { start: 92, end: 136 } }));
    expect(findTitle(readDoc("Participants in the seminar\nOn Monday 4 May 2015, CTED hosted a seminar on Monday."))).toBeUndefined();
    expect(findTitle(readDoc("Port safety reviewed\n\nOn 4 May 2015, CTED hosted a seminar on Safer ports through shared data."))?.value).toBe("Port safety reviewed");
  });

  it("takes a cover line wholly in quotation marks as the theme", () => {
    expect(findTitle(readDoc("Statement by\n\nH.E. Ana Roe\n\n“Safety of ports and borders in a changing world”\n\nNew York, 3 May 2010\n\nMr. President, I thank you."))?.value).toBe("Safety of ports and borders in a changing world");
  });

  it("takes the meeting a statement was given at, with its theme, and no title from a statement that names none", () => {
    const title = (text: string) => findTitle(readDoc(text))?.value;
    expect(title("Statement by H.E. Ana Roe, Minister of Utopia, at the Council Thematic Meeting on Port Security\n\nMr. President, I thank you.")).toBe("Council Thematic Meeting on Port Security");
    expect(title("Statement by H.E. Ana Roe, President of Utopia, on the Council Open Debate on Border Safety.\n\nMr. President,\n\nI thank you.")).toBe("Council Open Debate on Border Safety");
    expect(title("Statement(as Chair of the Committee) during a joint debate on the reports of three committees on borders\n\nMay 3, 2011\n\nI thank you.")).toBe("joint debate on the reports of three committees on borders");
    expect(title("Statement by H.E. Ana Roe, Permanent Representative of Utopia, on the Council Open Debate\n\nMr. President, I thank you.")).toBeUndefined();
    expect(title("Delivered by Her Excellency Ana Roe, Permanent Representative\n\nMr. President, I thank you.")).toBeUndefined();
    // A headline that names a statement as its subject is a headline ("Presidential Statement Invites …").
    expect(title("Council Presidential Statement Invites Committee to Speed Up Its Work\n\nThe Council today invited the Committee to speed up.")).toBe("Council Presidential Statement Invites Committee to Speed Up Its Work");
  });

  it("takes a feed item's title, not the channel's, from a feed flattened on one line", () => {
    const line = "Council - Committee (CTC) - Ports /council/ctc/tags/ports en Committee reviews port security in three regions /council/ctc/news/committee-reviews-port-security <div class=\"x\">";
    expect(feedItemTitle(line)).toEqual({ start: line.indexOf("Committee reviews"), end: line.indexOf(" /council/ctc/news") });
    expect(findTitle(readDoc(`${line}\n\nOn 1 May 2020, the Committee met.`))?.value).toBe("Committee reviews port security in three regions");
    expect(feedItemTitle("A line with a /path/only but no language after it")).toBeUndefined();
  });

  it("drops a site's meeting label after the headline", () => {
    expect(findTitle(readDoc("Briefings by Chairs of Two Committees - Security Council, 9999th Meeting\n\nPreview\n\nThe Council heard the chairs."))?.value).toBe("Briefings by Chairs of Two Committees");
  });

  it("strips a meeting's kind before a theme in capitals, hashtags and the site's name, but keeps a headline whose theme is lower case", () => {
    expect(findTitle(readDoc("#OneVoice Open briefing of the Counter-Terrorism Committee on Safer Borders - Press Release\n\nOn 1 May 2020, the Committee met."))?.value).toBe("Safer Borders");
    expect(findTitle(readDoc("Special meeting of the Counter-Terrorism Committee on keeping borders safe\n\nOn 1 May 2020, the Committee met."))?.value).toBe("Special meeting of the Counter-Terrorism Committee on keeping borders safe");
  });
});
