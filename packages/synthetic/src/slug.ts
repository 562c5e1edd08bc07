// Slugs come from core (the one definition of folding and of an id from text).
export { slugify } from "@briefings/core";
