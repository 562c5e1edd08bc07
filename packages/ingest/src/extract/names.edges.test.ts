// Edge cases of the name cues of names.ts (findNameHits, lowerCaseWords, hasNoTitleWord), each sentence with every
// hit it gives, whole: the name, the cue, and the honorific, post, organization, post after, chaired body as spans
// read back from the sentence (offset by `at`). Sentences written for these tests; States and known bodies are stubs.
import { describe, expect, it } from "vitest";
import { findNameHits, hasNoTitleWord, lowerCaseWords } from "./names";

const STATES = new Set(["Chile", "Atlantis", "Peru", "the Netherlands", "Union of the Seven Harbour Isles Federation", "Union of the Eight Harbour Isles Sea Federation"]);
const KNOWN = new Set(["Harbour Watch", "the Harbour Watch", "CTED", "Friends of"]);
const AT = 500;
type Hit = Record<string, string>;
const scan = (sentence: string, opts: { strict?: boolean; lower?: Set<string> } = {}): Hit[] =>
  findNameHits(sentence, AT, { isState: (p) => STATES.has(p), isKnownOrg: (p) => KNOWN.has(p), lower: opts.lower ?? lowerCaseWords(sentence), ...(opts.strict === undefined ? {} : { strict: opts.strict }) }).map((h) => {
    const out: Hit = { cue: h.cue };
    for (const k of ["name", "honorific", "post", "org", "postAfter", "chairs"] as const) {
      const s = h[k];
      if (s) out[k] = sentence.slice(s.start - AT, s.end - AT);
    }
    return out;
  });

describe("findNameHits, sentence by sentence (a third column: what a headline, read strictly, gives)", () => {
  it.each<[string, Hit[], Hit[]?]>([
    ["It heard the Chair of the 1540 Committee Lena Vogt on Monday.", [{ cue: "post-before", name: "Lena Vogt", post: "Chair of the 1540 Committee" }]],
    ["CTED’s Executive Director, Assistant Secretary-General Ana Ruiz said the review was over.", [{ cue: "post-before", name: "Ana Ruiz", post: "CTED’s Executive Director, Assistant Secretary-General" }]],
    ["Ana Ruiz, Executive Director, Assistant Secretary-General Li Wei and others spoke.", [{ cue: "post-after", name: "Ana Ruiz", postAfter: "Executive Director" }, { cue: "post-before", name: "Li Wei", post: "Assistant Secretary-General" }]],
    ["Dr. Omar Haddad’s paper was read.", [{ cue: "honorific", name: "Omar Haddad", honorific: "Dr." }], []],
    ["H.E. Mr. Kwame Boateng, Minister of Ports, said so.", [{ cue: "honorific", name: "Kwame Boateng", honorific: "H.E. Mr.", postAfter: "Minister of Ports" }]],
    ["Ambassador Lena Vogt said so.", [{ cue: "honorific", name: "Lena Vogt", honorific: "Ambassador" }]],
    ["The Ambassador spoke.", []],
    ["Ms Greta Holm, who chairs the Harbour Committee, spoke.", [{ cue: "honorific", name: "Greta Holm", honorific: "Ms", chairs: "the Harbour Committee" }]],
    ["Greta Holm of the Netherlands spoke.", [{ cue: "of-organization", name: "Greta Holm", org: "the Netherlands" }]],
    ["Greta Holm, of Chile, spoke.", [{ cue: "of-organization", name: "Greta Holm", org: "Chile" }]],
    ["Greta Holm of the Harbour Watch said it.", [{ cue: "of-organization", name: "Greta Holm", org: "the Harbour Watch" }]],
    ["Greta Holm of the Coastal Studies Institute (CSI) said it.", [{ cue: "of-organization", name: "Greta Holm", org: "the Coastal Studies Institute (CSI)" }]],
    ["Greta Holm of Harbour Watch and the Sea said it.", [{ cue: "of-organization", name: "Greta Holm", org: "Harbour Watch" }]],
    ["Greta Holm (Atlantis) said it.", [{ cue: "state-in-parentheses", name: "Greta Holm", org: "Atlantis" }]],
    ["Greta Holm (Harbour Town) said it.", []],
    ["Greta Holm, head of the Port Office, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "head of the Port Office" }]],
    ["Greta Holm, the new head of the Port Office, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "the new head of the Port Office" }]],
    ["Greta Holm, will be a panellist at the event.", []],
    ["Greta Holm, and Deputy Head Omar Haddad, spoke.", [{ cue: "post-before", name: "Omar Haddad", post: "Deputy Head" }]],
    ["Greta Holm, met with the Director of the Port Office.", []],
    ["Greta Holm, senior adviser at the Port Office, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "senior adviser at the Port Office" }]],
    ["Presentation by Greta Holm, Port Office", [{ cue: "by-line", name: "Greta Holm" }]],
    ["Presentation by Greta Holm", [{ cue: "by-line", name: "Greta Holm" }]],
    ["Greta Holm told the Committee it was done.", [{ cue: "reporting-verb", name: "Greta Holm" }]],
    ["Then Greta Holm told them.", []],
    ["“Greta Holm told them.”", [{ cue: "reporting-verb", name: "Greta Holm" }]],
    ["Officials said Greta Holm told them.", []],
    ["Experts Greta Holm and Omar Haddad said so.", [{ cue: "post-before", name: "Greta Holm", post: "Experts" }, { cue: "post-before", name: "Omar Haddad", post: "Experts" }]],
    ["CTED experts Greta Holm and Omar Haddad said so.", [{ cue: "post-before", name: "Greta Holm", post: "CTED experts" }, { cue: "post-before", name: "Omar Haddad", post: "CTED experts" }]],
    ["Greta Holm and Omar Haddad said so.", [{ cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Director Ana Sim?o spoke.", []],
    ["Director S Rao spoke.", [{ cue: "post-before", name: "S Rao", post: "Director" }]],
    ["Director Ana S Rao spoke.", [{ cue: "post-before", name: "Ana S Rao", post: "Director" }]],
    ["Director Ana Luisa S Rao spoke.", [{ cue: "post-before", name: "Ana Luisa S Rao", post: "Director" }]],
    ["Director Ana S spoke.", []],
    ["Director A Rao spoke.", []],
    ["Director T.S. Rao spoke.", [{ cue: "post-before", name: "T.S. Rao", post: "Director" }]],
    ["Director Rao T.S. spoke.", []],
    ["Director Ana de la Cruz spoke.", []],
    ["Director Ana de spoke.", []],
    ["Ana Maria Luisa Sofia Elena Ruiz said it.", []],
    ["Ana Maria Luisa Sofia Ruiz said it.", [{ cue: "reporting-verb", name: "Ana Maria Luisa Sofia Ruiz" }]],
    ["Colonel Idris Bello Chair of the board spoke.", [{ cue: "honorific", name: "Idris Bello", honorific: "Colonel" }], []],
    ["Mr. Idris Bello Spoke.", [{ cue: "honorific", name: "Idris Bello Spoke", honorific: "Mr." }], []],
    ["As chair of the Port Committee, Ana Ruiz said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "chair of the Port Committee" }]],
    ["The Director of the Port Office, Ana Ruiz, said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Director of the Port Office" }]],
    ["Greta Holm, Chair of the Port Office, Omar Haddad, Head of the Sea Office, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "Chair of the Port Office" }, { cue: "post-after", name: "Omar Haddad", postAfter: "Head of the Sea Office" }]],
    ["Greta Holm, Chair of the Port Office (PO), said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "Chair of the Port Office (PO)" }]],
    ["Greta Holm, chair of the Port Office; Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm, chair of the Port Office who spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }]],
    ["Greta Holm, chair of the Port Office and Mr. Omar Haddad spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "honorific", name: "Omar Haddad", honorific: "Mr." }]],
    ["Greta Holm, chair of the Port Office and Omar Haddad, Head of it, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "post-after", name: "Omar Haddad", postAfter: "Head of it" }]],
    ["Greta Holm, chair of (the Port Office, spoke.", [{ cue: "post-after", name: "Greta Holm" }]],
    ["It heard the Chair of the 1267/1989 Committee Lena Vogt on Monday.", [{ cue: "post-before", name: "Lena Vogt", post: "Chair of the 1267/1989 Committee" }]],
    ["It heard the Chair of the 1267 / Committee Lena Vogt on Monday.", [{ cue: "post-before", name: "Lena Vogt", post: "Chair of the 1267 / Committee" }]],
    ["It heard Chair Lena Vogt, Greta Holm said.", [{ cue: "post-before", name: "Lena Vogt", post: "Chair" }, { cue: "reporting-verb", name: "Greta Holm" }]],
    ["Greta Holm, Special Envoy for Ports, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "Special Envoy for Ports" }]],
    ["Greta Holm, programme officer at the Port Office, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "programme officer at the Port Office" }]],
    ["Greta Holm, spoke about the Port Office.", []],
    ["Greta Holm, a long serving border officer, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "a long serving border officer" }]],
    ["Greta Holm, was an officer, said it.", []],
    ["Greta Holm, 42, officer, said it.", []],
    ["Greta Holm, UN officer, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "UN officer" }]],
    ["Greta Holm, one two three four five officer, said it.", []],
    ["Greta Holm, one two three four officer, said it.", []],
    ["Greta Holm, chair of the Port Office, Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm, chair of the Port Office, which met, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }]],
    ["Greta Holm, chair of the Port Office “now” said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }]],
    ["Greta Holm, chair of the Port Office and H.E. Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "honorific", name: "Omar Haddad", honorific: "H.E." }]],
    ["Greta Holm, chair of the port office and Omar Haddad Jr, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the port office" }]],
    ["Greta Holm, chair of the port office and Ana Maria Luisa Ruiz Vega, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the port office and Ana Maria Luisa Ruiz Vega" }]],
    ["Greta Holm, adviser to Omar Haddad, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "adviser to Omar Haddad" }]],
    ["Greta Holm, chair of the Port Office and Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm, chair of the Port Office and Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office and Haddad" }]],
    ["Greta Holm, chair of the Port Office and Harbour Committee said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office and Harbour Committee" }]],
    ["Greta Holm, chair of a b c d e f g h i j k l m n o p q r s t u v w x y z end, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of a b c d e f g h i j k l m n o p q r s t u v w" }]],
    ["Greta Holm, chair of a b c d e f g h i j k l m n o p q r s t u v, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of a b c d e f g h i j k l m n o p q r s t u v" }]],
    ["Greta Holm, chair (of the (Port) Office), spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair (of the (Port) Office)" }]],
    ["Greta Holm, chair of the Port Office), spoke.", [{ cue: "post-after", name: "Greta Holm" }]],
    ["Greta Holm, who heads the Port Office, spoke.", []],
    ["Greta Holm, who led the Port Office (PO) and more, spoke.", []],
    ["Greta Holm, who spoke, left.", []],
    ["Greta Holm, who chairs, left.", []],
    ["Greta Holm (Atlantis), who chairs the Port Office, spoke.", [{ cue: "state-in-parentheses", name: "Greta Holm", org: "Atlantis", chairs: "the Port Office" }]],
    ["Greta Holm (the Netherlands) spoke.", [{ cue: "state-in-parentheses", name: "Greta Holm", org: "the Netherlands" }]],
    ["Greta Holm (a b c d e f g) spoke.", []],
    ["Greta Holm (a b c d e f Chile) spoke.", []],
    ["Greta Holm () spoke.", []],
    ["Greta Holm (Atlantis spoke.", []],
    ["Greta Holm of Chile and the Sea said it.", [{ cue: "of-organization", name: "Greta Holm", org: "Chile" }]],
    ["Greta Holm of the Port Office said it.", [{ cue: "of-organization", name: "Greta Holm", org: "the Port Office" }]],
    ["Greta Holm of the Port Office and of more said it.", [{ cue: "of-organization", name: "Greta Holm", org: "the Port Office" }]],
    ["Greta Holm of the Port Office (PO) said it.", [{ cue: "of-organization", name: "Greta Holm", org: "the Port Office (PO)" }]],
    ["Greta Holm of the Port (PO) said it.", []],
    ["Greta Holm of the Port Office Watch (PO) said it.", [{ cue: "of-organization", name: "Greta Holm", org: "the Port Office" }]],
    ["Greta Holm of A B C D E F G H I J K L M Office said it.", [{ cue: "of-organization", name: "Greta Holm", org: "A B C D E F G H I J K L M Office" }]],
    ["Greta Holm of A B C D E F G H I J K L Office said it.", [{ cue: "of-organization", name: "Greta Holm", org: "A B C D E F G H I J K L Office" }]],
    ["Greta Holm of Coast & Office said it.", [{ cue: "of-organization", name: "Greta Holm", org: "Coast & Office" }]],
    ["Greta Holm of the Coast & said it.", []],
    ["Greta Holm of Coast of said it.", []],
    ["Greta Holm of Harbour Watch’s team said it.", []],
    ["Greta Holm of (Harbour Watch) said it.", []],
    ["Greta Holm of the port Office said it.", []],
    ["Greta Holm of Office said it.", [{ cue: "of-organization", name: "Greta Holm", org: "Office" }]],
    ["Greta Holm, of the Port Office, said it.", [{ cue: "of-organization", name: "Greta Holm", org: "the Port Office" }]],
    ["Greta Holm, Chile, said it.", []],
    ["Mr. Omar Haddad spoke.", [{ cue: "honorific", name: "Omar Haddad", honorific: "Mr." }]],
    ["Mr Omar Haddad.", [{ cue: "honorific", name: "Omar Haddad", honorific: "Mr" }]],
    ["Mr. Omar Haddad (Atlantis).", [{ cue: "state-in-parentheses", name: "Omar Haddad", honorific: "Mr.", org: "Atlantis" }]],
    ["Mr. Omar Haddad Director of it.", [{ cue: "honorific", name: "Omar Haddad", honorific: "Mr." }]],
    ["Mr. Omar Haddad - Director.", [{ cue: "honorific", name: "Omar Haddad", honorific: "Mr." }]],
    ["Prince Omar Haddad spoke.", [{ cue: "reporting-verb", name: "Omar Haddad", honorific: "Prince" }]],
    ["Sheikh Omar Haddad spoke.", [{ cue: "reporting-verb", name: "Omar Haddad", honorific: "Sheikh" }]],
    ["Sheikh Omar Haddad, spoke.", []],
    ["Madam Greta Holm.", []],
    ["Dame Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Dame" }]],
    ["Captain Greta Holm said.", [{ cue: "honorific", name: "Greta Holm", honorific: "Captain" }]],
    ["Excellency Greta Holm said.", [{ cue: "reporting-verb", name: "Greta Holm", honorific: "Excellency" }]],
    ["Honorable Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Honorable" }]],
    ["Honourable Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Honourable" }]],
    ["Hon. Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Hon." }]],
    ["Prof. Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Prof." }]],
    ["Amb. Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Amb." }]],
    ["Mrs. Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Mrs." }]],
    ["Brigadier Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Brigadier" }]],
    ["Lieutenant Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Lieutenant" }]],
    ["Major Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Major" }]],
    ["Judge Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Judge" }]],
    ["Sir Greta Holm.", [{ cue: "honorific", name: "Greta Holm", honorific: "Sir" }]],
    ["Senator Greta Holm.", []],
    ["Greta Holm’sen said it.", [{ cue: "reporting-verb", name: "Greta Holm’sen" }]],
    ["It heard the Chair of the Port/Sea Office Lena Vogt on Monday.", []],
    ["The Chair of the, Ana Ruiz, said it.", []],
    ["Greta Holm, formerly an officer, said it.", []],
    ["Greta Holm, ex-senior officer, said it.", []],
    ["Greta Holm, senior b2b officer, said it.", []],
    ["Greta Holm, senior long serving border officer, said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "senior long serving border officer" }]],
    ["Greta Holm, senior very long serving border officer, said it.", []],
    ["Greta Holm, chair of the Port Office and Mr", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office and Mr" }]],
    ["They thanked the Ambassador", []],
    ["We thank Mr", []],
    ["Ana de Maria de Luisa de Ruiz said it.", []],
    ["Director Rao S spoke.", []],
    ["It was Director S", []],
    ["Director Ana van Dijk spoke.", [{ cue: "post-before", name: "Ana van Dijk", post: "Director" }]],
    ["Director Ana van", []],
    ["Director Ana Lopez ? spoke.", [{ cue: "post-before", name: "Ana Lopez", post: "Director" }]],
    ["Director Ana Ming spoke.", [{ cue: "post-before", name: "Ana Ming", post: "Director" }], []],
    ["Director Ana Ross spoke.", [{ cue: "post-before", name: "Ana Ross", post: "Director" }]],
    ["Greta Holm (Union of the Seven Harbour Isles Federation) spoke.", [{ cue: "state-in-parentheses", name: "Greta Holm", org: "Union of the Seven Harbour Isles Federation" }]],
    ["Greta Holm (Union of the Eight Harbour Isles Sea Federation) spoke.", []],
    ["Greta Holm of A B C D E F G H I J K L M N Office said it.", []],
    ["Greta Holm of Office (PO) said it.", [{ cue: "of-organization", name: "Greta Holm", org: "Office (PO)" }]],
    ["Ms Greta Holm, who heads the Port Office, spoke.", [{ cue: "honorific", name: "Greta Holm", honorific: "Ms", chairs: "the Port Office" }]],
    ["Ms Greta Holm, who cochairs the Port Office, spoke.", [{ cue: "honorific", name: "Greta Holm", honorific: "Ms" }]],
    ["Ms Greta Holm, who chairs, left.", [{ cue: "honorific", name: "Greta Holm", honorific: "Ms" }]],
    ["Experts Greta Holm spoke and Omar Haddad said so.", [{ cue: "post-before", name: "Greta Holm", post: "Experts" }, { cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Thanks to Mr Omar Haddad", [{ cue: "honorific", name: "Omar Haddad", honorific: "Mr" }]],
    ["Greta Holm, chair of the Port Office: Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm, chair of the Port Office – Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm, chair of the Port Office\" Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }, { cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm, chair of the Port Office. Omar Haddad said it.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }]],
    ["Greta Holm; Omar Haddad said it.", [{ cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm: Omar Haddad said it.", [{ cue: "reporting-verb", name: "Omar Haddad" }]],
    ["Greta Holm — Omar Haddad said it.", [{ cue: "reporting-verb", name: "Omar Haddad" }]],
    ["\"Greta Holm said it.", [{ cue: "reporting-verb", name: "Greta Holm" }]],
    ["Mr. Chair Greta Holm spoke.", [{ cue: "post-before", name: "Greta Holm", post: "Chair" }]],
    ["Greta Holm, the pilot who became chief, said it.", []],
    ["Greta Holm, senior", []],
    ["Greta Holm, Permanent Representative of Chile, H.E. Omar Haddad spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "Permanent Representative of Chile" }, { cue: "honorific", name: "Omar Haddad", honorific: "H.E." }]],
    ["Greta Holm, Permanent Representative of Chile, Deputy Omar Haddad spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "Permanent Representative of Chile" }, { cue: "post-before", name: "Omar Haddad", post: "Deputy" }]],
    ["The Director of the Port Office, head Ana Ruiz, said it.", []],

    ["Director Ana Singh spoke.", [{ cue: "post-before", name: "Ana Singh", post: "Director" }]],
    ["PORTA Director Ana Ruiz said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "PORTA Director" }]],
    ["Asian Director Ana Ruiz said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Asian Director" }]],
    ["Mr. Omar Haddad 42 times.", []],
    ["A talk by Greta Holm followed.", []],
    ["Honourable. Greta Holm said it.", []],
    ["Director Ana H.E. Rao spoke.", []],
    ["Director said Ana Ruiz spoke.", []],
    ["The Chair of the, Assistant Secretary-General Ana Ruiz said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Assistant Secretary-General" }]],
    ["Harbour, Assistant Secretary-General Ana Ruiz said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Assistant Secretary-General" }]],
    ["It heard the Chair of the 1540 sanctions Committee Lena Vogt on Monday.", []],
    ["It heard the Chair of the Route A4/Sea Office Lena Vogt on Monday.", []],
    ["Greta Holm and Director of the Port Office, Omar Haddad, said it.", [{ cue: "post-before", name: "Omar Haddad", post: "Director of the Port Office" }]],
    ["Greta Holm and Director of the Port Office, Assistant Secretary-General Omar Haddad said it.", [{ cue: "post-before", name: "Omar Haddad", post: "Director of the Port Office, Assistant Secretary-General" }]],
    ["Greta Holm met Chair of the Port Office, Omar Haddad, Head of the Sea Office, spoke.", [{ cue: "post-after", name: "Omar Haddad", postAfter: "Head of the Sea Office" }]],
    ["Greta Holm, chair of the Port Office (of Atlantis, mostly), spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office (of Atlantis, mostly)" }]],
    ["Greta Holm, chair of the Port Office who travelled, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office" }]],
    ["Greta Holm, chair of the Safety and the Harbour, spoke.", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Safety and the Harbour" }]],
    ["Greta Holm, chair of the Port Office and Omar Haddad", [{ cue: "post-after", name: "Greta Holm", postAfter: "chair of the Port Office and Omar Haddad" }]],
    ["Greta Holm’s Omar Haddad said it.", []],
    ["So, de Ana Ruiz said it.", []],
    ["Director Ana Ruiz eBay spoke.", [{ cue: "post-before", name: "Ana Ruiz", post: "Director" }]],
    ["Director Ana Ruiz Chair of it spoke.", []],
    ["Greta Holm the head of it.", []],
    ["Greta Holm (Atlantis", []],
    ["Greta Holm of Chile", [{ cue: "of-organization", name: "Greta Holm", org: "Chile" }]],
    ["Greta Holm of Port eWatch Office said it.", []],
    ["Greta Holm of for the Port Office said it.", []],
    ["Greta Holm of and the Port Office said it.", []],
    ["Greta Holm of Friends of said it.", []],
    ["Ms Greta Holm, who ledger keeps, spoke.", [{ cue: "honorific", name: "Greta Holm", honorific: "Ms" }]],
    ["Ms Greta Holm, now chairs the Port Office, spoke.", [{ cue: "honorific", name: "Greta Holm", honorific: "Ms" }]],
    ["Ms Greta Holm, who", [{ cue: "honorific", name: "Greta Holm", honorific: "Ms" }]],
    ["Mr. Omar Haddad 42nd in line.", []],
    ["It heard the Chair of the eBay Office Lena Vogt on Monday.", []],
    ["It heard the Chair of the x42 Office Lena Vogt on Monday.", []],
    ["Under-Secretary-General Ana Ruiz said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Under-Secretary-General" }]],
    ["It was head of the Port Office Ana Ruiz who spoke.", [{ cue: "post-before", name: "Ana Ruiz", post: "head of the Port Office" }]],
    ["Today, Director of the Port Office, Ana Ruiz, said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Director of the Port Office" }]],
    ["Director Ana Ruiz (Chile) said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Director", org: "Chile" }]],
    ["Director Ana Ruiz of Chile said it.", [{ cue: "post-before", name: "Ana Ruiz", post: "Director", org: "Chile" }]],

  ])("%s", (sentence, want, strict = want) => {
    expect(scan(sentence)).toEqual(want);
    expect(scan(sentence, { strict: true })).toEqual(strict);
  });
});

describe("findNameHits: spans and limits", () => {
  it("gives spans offset by where the sentence starts, without a possessive", () => {
    const opts = { isState: () => false, isKnownOrg: () => false, lower: new Set<string>() };
    expect(findNameHits("Yusuf Adeyemi’s team said so.", 7, opts)).toEqual([]);
    expect(findNameHits("Ms. Yusra Adeyemi’s team spoke.", 7, opts)).toStrictEqual([{ name: { start: 11, end: 24 }, honorific: { start: 7, end: 10 }, cue: "honorific" }]);
    expect(findNameHits("Yusuf Adeyemi said so.", 7, opts)).toStrictEqual([{ name: { start: 7, end: 20 }, cue: "reporting-verb" }]);
  });

  it("reads the first two thousand tokens of a sentence only", () => {
    const sentence = `${"a ".repeat(1997)}by Yusuf Adeyemi said`;
    expect(scan(sentence)).toEqual([{ cue: "by-line", name: "Yusuf Adeyemi" }]);
  });

  it("takes no first word of a sentence, or after an opening mark, that the text writes in lower case", () => {
    const lower = new Set(["greta", "told", "them"]);
    expect(scan("Greta Holm told them.", { lower })).toEqual([]);
    expect(scan("“Greta Holm told them.”", { lower })).toEqual([]);
    expect(scan("(Greta Holm told them.)", { lower })).toEqual([]);
    // Elsewhere the word is read: half the words of a name may be common ones.
    expect(scan("So, Greta Holm told them.", { lower })).toEqual([{ cue: "reporting-verb", name: "Greta Holm" }]);
    expect(scan("So, Greta Holm told them.", { lower, strict: true })).toEqual([]);
    expect(scan("So, Greta Lund Holm told them.", { lower: new Set(["greta", "lund", "told", "them"]) })).toEqual([]);
  });

  it("reads a shared plural post only for the name right after “and”, with no honorific", () => {
    expect(scan("Experts Greta Holm and Mr. Omar Haddad spoke.")).toEqual([
      { cue: "post-before", name: "Greta Holm", post: "Experts" },
      { cue: "honorific", name: "Omar Haddad", honorific: "Mr." },
    ]);
    expect(scan("Experts Greta Holm and then Omar Haddad spoke.")).toEqual([{ cue: "post-before", name: "Greta Holm", post: "Experts" }]);
    expect(scan("Experts Greta Holm, Omar Haddad said.")).toEqual([
      { cue: "post-before", name: "Greta Holm", post: "Experts" },
      { cue: "reporting-verb", name: "Omar Haddad" },
    ]);
  });
});

describe("lowerCaseWords", () => {
  it("keeps words that open in lower case, not the rest of a word or a word after an apostrophe, a digit or a hyphen", () => {
    expect([...lowerCaseWords("Ana met the co-chair’s team, and x-ray 3d Zoë éclat.")].sort()).toEqual(["and", "co-chair", "met", "team", "the", "x-ray", "éclat"].sort());
  });

  it("keeps at most twenty thousand words", () => {
    // 20 001 different words of letters: the numbers 0 to 20 000 in base 26, digits written q to z.
    const words: string[] = [];
    for (let i = 0; words.length < 20_001; i++) words.push(i.toString(26).replace(/\d/gu, (d) => "qrstuvwxyz"[Number(d)]!));
    const out = lowerCaseWords(words.join(" "));
    expect(new Set(words).size).toBe(20_001);
    expect(out.size).toBe(20_000);
    expect(out.has(words[19_999]!)).toBe(true);
    expect(out.has(words[20_000]!)).toBe(false);
  });
});

describe("hasNoTitleWord", () => {
  it("finds a post, an institution or another word that names no person, possessive or not", () => {
    expect(hasNoTitleWord("Ana Ruiz")).toBe(true);
    expect(hasNoTitleWord("Ana  Ruiz")).toBe(true);
    expect(hasNoTitleWord("Monitoring Team")).toBe(false);
    expect(hasNoTitleWord("Canadian Co-Chair")).toBe(false);
    expect(hasNoTitleWord("Ana Chair’s")).toBe(false);
    expect(hasNoTitleWord("Ana Committee’s")).toBe(false);
    expect(hasNoTitleWord("Committee Ana")).toBe(false);
  });
});
