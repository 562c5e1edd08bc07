// The seed briefing: the first meeting curated by hand, whose content the brief names (its speakers, quotes, figures).

/** Id of the seed briefing (27 June 2019, protection of soft targets). */
export const SEED_ID = "2019-06-27-protection-of-soft-targets";
