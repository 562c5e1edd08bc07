// Fixtures of the repair engine's tests: the seed (read from the repo) and clean texts written here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { coreRoot } from "./helpers";

/** Path of the seed (the real damaged copy) in the repo: `packages/core/data/sources/`. */
export const SEED_PATH = join(coreRoot, "data/sources/ctc-2019-06-27-soft-targets-press-release.txt");

/** Reads the seed; throws (so that the test fails, never skips) when the repo does not hold it. */
export function readSeed(): string {
  try {
    return readFileSync(SEED_PATH, "utf8");
  } catch (e) {
    throw new Error(`the seed fixture is missing: ${SEED_PATH} (${(e as Error).message})`);
  }
}

/** Known organisation names used by the curator. */
export const KNOWN_NAMES = [
  "United Nations Office of Counter-Terrorism",
  "United Nations Alliance of Civilizations",
  "Counter-Terrorism Committee Executive Directorate",
  "United Nations Office on Drugs and Crime",
];

/** A realistic clean press release: must come out unchanged with an empty log. */
export const CLEAN_RELEASE = `Counter-Terrorism Committee holds open briefing on “Countering terrorist narratives”

NEW YORK, 28 January 2020 – On 28 January 2020, the Counter-Terrorism Committee (CTC) held an open meeting on “Countering terrorist narratives and preventing terrorist use of the Internet”, in line with resolution 2354 (2017). The meeting was chaired by H.E. Mr. Moncef Baati, Permanent Representative of Tunisia to the United Nations and Chair of the Committee.

In her remarks, Michèle Coninsx, Assistant Secretary-General and Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED), said that “any measures taken to counter terrorist narratives must comply with States’ obligations under international law, including international human rights law.” She noted that CTED’s work had benefited from the Committee’s “comprehensive international framework” (S/2017/375).

Mr. Vladimir Voronkov, Under-Secretary-General of the United Nations Office of Counter-Terrorism, recalled that 133 country visits had been conducted since 2005, 45 of them since the previous review. H.E. Mr. Nacim Gaouaoui, Chargé d’Affaires of Algeria, and representatives of Côte d’Ivoire, São Tomé and Príncipe and the city of Zürich also took the floor.

“Partnerships with the private sector are not optional — they are essential,” said Ms. Natalia Gherman. “We have seen that terrorists adapt quickly; so must we.”

Participants discussed the role of civil society, women and youth – including in Kraków, Bogotá and Nuuk – in building resilience. The Committee agreed that this approach deserved further study, and that the 2019–2020 work programme would include a follow-up meeting.

The Chair thanked all participants. The summary will be issued as document S/2020/123.`;

/** Realistic sentences for generated clean texts (typographic quotes, accented names, numbers). */
export const SENTENCES: readonly string[] = [
  "On 27 June 2019, the Counter-Terrorism Committee (CTC) hosted an open briefing on “Protection of soft targets through local engagement”.",
  "The meeting was chaired by H.E. Mr. Gustavo Meza-Cuadra, Permanent Representative of Peru.",
  "Michèle Coninsx, Executive Director of CTED, stressed the importance of human rights.",
  "Mr. Vladimir Voronkov, Under-Secretary-General of the United Nations Office of Counter-Terrorism, spoke next.",
  "Representatives of Côte d’Ivoire, São Paulo and Zürich took the floor.",
  "H.E. Mr. Nacim Gaouaoui, Chargé d’Affaires of Algeria, welcomed the initiative.",
  "“It is essential to build effective cooperation,” said Mr. Meza-Cuadra.",
  "The Committee’s work covers 133 country visits to 93 States since 2005.",
  "Participants from Kraków, Bogotá and Reykjavík shared good practices.",
  "The Executive Directorate (CTED) will publish a summary — in all six official languages — by 30 September.",
  "Facebook removed about 25 million pieces of terrorist content in 2018.",
  "Ms. Natalia Gherman noted that the Delhi Declaration was adopted unanimously.",
  "The second session discussed “soft” targets and the role of civil society – including women and youth.",
  "Speakers welcomed resolution 2396 (2017) and the Committee’s technical guide.",
  "The Chair thanked Mr. Weixiong Chen, Deputy Executive Director, for his briefing.",
  "Ambassador Amr Abdellatif Aboulatta of Egypt delivered a joint statement.",
];

/** Builds a clean text of paragraphs from sentence indices. */
export function buildText(paras: readonly (readonly number[])[]): string {
  return paras.map((p) => p.map((i) => SENTENCES[i % SENTENCES.length] ?? "").join(" ")).join("\n\n");
}
