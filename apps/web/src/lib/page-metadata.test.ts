import { describe, expect, it } from "vitest";
import { dataset, getMeeting, personAppearances } from "@briefings/core";
import { SEED_ID } from "../../test/seed";
import { briefingFacts, clip, DESCRIPTION_LIMIT, organizationFacts, pageMetadata, personFacts, sourceFacts } from "./page-metadata";

describe("page metadata", () => {
  it("describes a briefing by its type, date and summary, with Open Graph title, summary and date", () => {
    const seed = getMeeting(dataset, SEED_ID)!;
    const facts = briefingFacts(dataset, SEED_ID)!;
    expect(facts.description.startsWith("Open briefing of the UN Counter-Terrorism Committee, 27 June 2019. The Committee heard")).toBe(true);
    const meta = pageMetadata(facts);
    expect(meta.title).toBe(seed.title.value);
    expect(meta.openGraph).toMatchObject({ type: "article", title: seed.title.value, publishedTime: "2019-06-27", url: `/briefings/${SEED_ID}/`, siteName: "Briefings" });
    expect((meta.openGraph as { description: string }).description).toBe(meta.description);
    expect(meta.description!.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(meta.alternates?.canonical).toBe(`/briefings/${SEED_ID}/`);
  });

  it("describes people, organizations and sources, and nothing for an unknown id", () => {
    // Voronkov appears at meetings of several years (the span), Tessler at the seed alone (its year).
    const voronkov = personAppearances(dataset, "vladimir-voronkov");
    expect(voronkov.length).toBeGreaterThan(1);
    expect(personFacts(dataset, "vladimir-voronkov")!.description).toBe(
      `Vladimir Voronkov: Under-Secretary-General of the United Nations Office of Counter-Terrorism. ${voronkov.length} appearances at meetings of the UN Counter-Terrorism Committee, 2017–2025, every fact with its source.`,
    );
    expect(personAppearances(dataset, "david-tessler")).toHaveLength(1);
    expect(personFacts(dataset, "david-tessler")!.description).toMatch(/^David Tessler: .+\. 1 appearance at meetings of the UN Counter-Terrorism Committee in 2019, every fact with its source\.$/);
    expect(organizationFacts(dataset, "unoct")!.description).toMatch(/^United Nations Office of Counter-Terrorism \(UNOCT\), UN Secretariat entity: \d+ briefings? /);
    expect(sourceFacts(dataset, getMeeting(dataset, SEED_ID)!.sources[0]!)!.description).toMatch(/^Press release, a source of 1 briefing in the dataset: its archived text/);
    expect(personFacts(dataset, "nobody")).toBeUndefined();
    expect(briefingFacts(dataset, "nothing")).toBeUndefined();
  });

  it("clips a long description at a word, on one line", () => {
    expect(clip("a\nb  c")).toBe("a b c");
    const long = `${"word ".repeat(60)}end`;
    const cut = clip(long);
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(cut.endsWith("word…")).toBe(true);
  });
});
