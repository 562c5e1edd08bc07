import type { Problem, Rule } from "../problem";

/**
 * Words that address a person rather than name a post. They belong in a role's `honorific`, never at the start of
 * its `titleAsStated` ("Mr. Under-Secretary-General …" is not how any source words the post).
 */
export const HONORIFICS = [
  "Mr.",
  "Mr",
  "Mrs.",
  "Mrs",
  "Ms.",
  "Ms",
  "Miss",
  "Dr.",
  "Dr",
  "Prof.",
  "Professor",
  "H.E.",
  "HE",
  "His Excellency",
  "Her Excellency",
  "Excellency",
  "Sir",
  "Dame",
  "Madam",
  "Ambassador",
  "Hon.",
  "Honourable",
  "Honorable",
] as const;

/** The honorific `text` starts with (followed by a space or its end), or `undefined`. */
export function leadingHonorific(text: string): string | undefined {
  const trimmed = text.trimStart();
  // Longest first, so that "His Excellency" wins over nothing and "Mrs." over "Mr".
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: no honorific of the list is another plus a space and more, so with the space required after it the order cannot change the answer (a guard for additions)
  const longestFirst = [...HONORIFICS].sort((a, b) => b.length - a.length);
  return longestFirst.find((h) => trimmed === h || trimmed.startsWith(`${h} `));
}

/**
 * Honorifics that are also a diplomatic rank, and so part of how a source words a post when a lower-case word or a
 * comma follows them ("Ambassador and Permanent Representative of Peru", "Ambassador of the United Kingdom to the
 * United Nations"), but an honorific before a name ("Ambassador Kamboj").
 */
const RANKS: ReadonlySet<string> = new Set(["Ambassador"]);

/** The honorific a post as stated starts with, or `undefined` (a rank that begins the post's own wording is not one). */
export function honorificBeforePost(titleAsStated: string): string | undefined {
  const honorific = leadingHonorific(titleAsStated);
  if (honorific === undefined || !RANKS.has(honorific)) return honorific;
  const rest = titleAsStated.trimStart().slice(honorific.length);
  return /^(,|\s+\p{Ll})/u.test(rest) ? undefined : honorific;
}

/** Whitespace runs as one space, for comparing a wording with the source's. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * A role's stated wording is the source's words for the post: it does not start with an honorific (that goes in
 * `honorific`), and where the role cites a passage, the wording is in that passage.
 */
export const roleStatedWording: Rule = {
  id: "role-stated-wording",
  description: "A role's titleAsStated is the source's words for the post: no honorific before it, and found in the passage its evidence cites.",
  check(dataset) {
    const problems: Problem[] = [];
    dataset.roles.forEach((role, i) => {
      const path = ["roles", i, "titleAsStated"];
      const honorific = honorificBeforePost(role.titleAsStated);
      if (honorific !== undefined) {
        problems.push({ rule: this.id, path, message: `starts with the honorific “${honorific}”: the post as stated goes without it (put it in “honorific”)` });
      } else if (role.honorific !== undefined && role.honorific !== "" && role.titleAsStated.startsWith(`${role.honorific} `)) {
        problems.push({ rule: this.id, path, message: `starts with the role's honorific “${role.honorific}”: the post as stated goes without it` });
      }
      const passages = role.evidence.flatMap((e) => (e.kind === "span" ? [squash(e.exact)] : []));
      const wording = squash(role.titleAsStated);
      if (passages.length > 0 && !passages.some((p) => p.includes(wording))) {
        problems.push({ rule: this.id, path, message: `“${role.titleAsStated}” is not in the words of the passage${passages.length > 1 ? "s" : ""} its evidence cites` });
      }
    });
    return problems;
  },
};
