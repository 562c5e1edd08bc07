// The page around the text: lines that are not the article (a site's navigation and taglines,
// document symbols, "Press Release", meeting numbers, tables of a record's data, date lines,
// photo credits, language menus) and the headline among the lines that are.

import { FOREIGN_MONTHS } from "./months";

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
/** Day-first month names, English or of a mirror's own language ("15 ноября 2023 г."). */
const DAY_MONTH_NAME = `(?:${MONTH.slice(3, -1)}|${FOREIGN_MONTHS.flat().join("|")})`;

/** Lines that are a page's chrome, whole (case-insensitive); anchored at both ends, so that no
 * alternative is tried at every position of a long line (quadratic on a run of letters). */
const CHROME = new RegExp(
  `^(?:${[
    String.raw`skip to (?:main )?content`,
    String.raw`press releases?(?:\s*[-–:]?\s*[\w()/.-]{1,20})?`,
    String.raw`related (?:links|articles|posts)`,
    String.raw`in progress at unhq`,
    String.raw`en cours au si[eè]ge de l['’]onu`,
    String.raw`news(?:room)?`,
    String.raw`all news`,
    String.raw`news articles`,
    String.raw`notes? to correspondents`,
    String.raw`latest news`,
    String.raw`back to (?:home|top)`,
    String.raw`you are here:?`,
    String.raw`type to search`,
    String.raw`search`,
    String.raw`share(?: this)?`,
    String.raw`download`,
    String.raw`print`,
    String.raw`menu`,
    String.raw`home`,
    String.raw`meetings (?:&|and) events`,
    String.raw`(?:other statements\s*){1,2}`,
    String.raw`global perspective human stories`,
    String.raw`insights on the work of the un security council`,
    String.raw`available languages:?`,
    String.raw`what['’]s in blue`,
    String.raw`expected council action`,
    String.raw`key recent developments`,
    String.raw`(?:\w+ \d{4} )?monthly forecast`,
    String.raw`security council`,
    String.raw`general assembly(?: security council)?`,
    String.raw`press conference`,
    String.raw`photos?`,
    String.raw`videos?`,
    String.raw`read more`,
    String.raw`related (?:news|stories|content)`,
    String.raw`(?:english|français|francais|español|espanol|русский|中文|عربي|العربية)`,
    String.raw`united nations`,
    String.raw`provisional`,
    String.raw`distr\.?: general`,
    String.raw`links for full page`,
    String.raw`instructions`,
    String.raw`url:.{0,40}`,
  ].join("|")})$`,
  "iu",
);
/** Lines that start or are shaped like chrome. */
const CHROME_SHAPES: readonly RegExp[] = [
  // document symbols: "SC/7207", "S/PV.4618", "SG/A/873-BIO/3570", "Security CouncilSC/8644"
  /^(?:Security Council|Press Release|Communiqué de presse)?\s*(?:[A-Z]{1,5}\/[\w./()-]{1,30}[\s,]*){1,3}$/u,
  // "4413th Meeting (AM)", "th meeting", "4618", "Fifty-seventh year"
  /^(?:\d{3,5}\s*)?(?:st|nd|rd|th)?\s*meeting\*?(?:\s*\([^)]{1,20}\))?\*?$/iu,
  /^\d{1,6}$/u,
  // "Security Council meeting 6217"
  /^(?:Security Council\s+)?meeting\s+(?:No\.\s*)?\d{3,5}$/iu,
  // a wiki's citation line ("S-PV-6217 2009-11-13 10:00 [[13 November]] [[2009]]")
  /\[\[[^\]]{1,40}\]\]/u,
  /^[\p{L}-]+ year$/iu,
  // tables and menus: "Date | 25 April 2005 |", "Français | Español"
  /\|.*\|/u,
  /^\s*\|?\s*-{3,}/u,
  // a record's data: "Date26 October 2005", "Started10:00", "Posted Thu 9 May 2013", "Production Date"
  /^(?:Date|Dated|Started|Ended|Posted|Published|Updated|Latest post|Production Date|Video Length|Asset Language|Source|Restrictions|Languages|TRT|Story|Dateline|Download Complete Forecast)\b/iu,
  // "Department of Public Information • News and Media Division • New York"
  /•.*•|Department of Public Information|News and Media Division/u,
  // "media:entermedia_image:…", links alone
  /^[\w-]+:[\w-]+:\S+$/u,
  /^(?:https?:\/\/|www\.)\S+$/iu,
  // photo credits and captions
  /\bUN Photo\b|^Photo(?:s)?:|^Image:|^Credit:/iu,
  // a site's buttons to share the page ("facebook-white sharing button")
  /^[\w-]{1,40}\s+sharing\s+button$/iu,
  // calls to action of a site's banner
  /\b(?:JOIN NOW|SIGN UP|SUBSCRIBE|LOG IN|Donate)\b/u,
  // a menu's entries ("- English", "- ????", "- The date of the speech")
  /^-\s+.{1,60}$/u,
  // a short label or instruction that introduces what follows ("Click on the button … containing:"),
  // not a paragraph of the body that ends by introducing a quotation
  /^.{1,120}:$/u,
];
/** A time zone a date line gives after its time ("11:05 am (IST)", "10:00 GMT"). */
const ZONE = "(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|BST|CET|CEST|EET|EEST|MSK|IST|PKT|JST|KST|AEST|AEDT|SAST|EAT|WAT|CAT)";
/** A line that is only a date (with a weekday in any language, a time, a zone, or a label of up to three words: "CTC Open Briefing 30 September 2014"): not a headline. */
const DATE_LINE = new RegExp(String.raw`^[\s\W]*(?:\p{L}{2,12}\.?,?\s+){0,2}(?:\p{L}{2,12}\.?,?\s*)?(?:\d{1,2}\s+${DAY_MONTH_NAME}\.?,?\s*\d{4}|${MONTH}\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})[\s\W\d]*(?:[ap]\.?m\.?[\s\W]*)?(?:${ZONE}[\s\W]*)?$`, "iu");

/** Whether a line is the page's chrome rather than its text. */
export function isChrome(line: string): boolean {
  // a link's arrow or a bullet before its label ("← Back to Home", "» Share") is part of the chrome
  const t = line.trim().replace(/^[\u2190-\u21ff\u00ab\u00bb\u2039\u203a\u2022\u00b7]\s*/u, "");
  if (t.length === 0) return true;
  if (CHROME.test(t)) return true;
  return CHROME_SHAPES.some((re) => re.test(t)) || DATE_LINE.test(t);
}

/** Whether a line reads as a headline: a few words, not a sentence of the body, not chrome. */
export function isHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length > 300 || isChrome(t)) return false;
  const words = t.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  // A sentence of the body ends with a period; a headline in capitals may too, and a headline
  // broken over lines may end a line with a semicolon ("… Address Meeting;").
  if (/[.:]$/u.test(t) && t !== t.toUpperCase()) return false;
  return true;
}
