// Name normalisation, for matching people across sources.
import { foldPhrase } from "./fold";

const HONORIFICS = /^(?:h\.?\s?e\.?|his excellency|her excellency|mr|mrs|ms|miss|dr|prof|professor|ambassador|sir|dame)\.?\s+/i;

/** A key for comparing names: no honorifics, accents, punctuation or case ("H.E. Mr. Amr Aboulatta" → "amr aboulatta"). */
export function normalizeName(name: string): string {
  let rest = name.trim();
  // Stryker disable next-line StringLiteral: any other start only adds a first pass, and a pass over an empty name changes nothing
  for (let previous = ""; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(HONORIFICS, "");
  }
  return foldPhrase(rest);
}
