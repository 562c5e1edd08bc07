// personByReference and oneLetterLost called directly, on people written for these tests: which known person a
// phrase names (honorifics, full names, family names, a name's tail or inner words, one lost letter), and when the
// answer is nobody because two people fit.
import { describe, expect, it } from "vitest";
import { normalizeName } from "@briefings/core";
import { oneLetterLost, personByReference, type PersonFact } from "./people";

const person = (name: string, familyName?: string) => ({ name, key: normalizeName(name), ...(familyName === undefined ? {} : { familyName }) }) as PersonFact;
const haddad = person("Omar Haddad", "Haddad");
const scharia = person("David Scharia", "Scharia");
const meza = person("Gustavo Meza-Cuadra Velasquez", "Meza-Cuadra Velasquez");
const ban = person("Ban Ki-moon", "Ban");
const noFamily = person("Lena Marsh");
const PEOPLE = [haddad, scharia, meza, ban, noFamily];
const who = (phrase: string, people: readonly PersonFact[] = PEOPLE) => personByReference(people, phrase)?.name;

describe("personByReference", () => {
  it("the whole name, with or without an honorific (H.E. too), in any case", () => {
    expect(who("Omar Haddad")).toBe("Omar Haddad");
    expect(who("Mr. Omar Haddad")).toBe("Omar Haddad");
    expect(who("H.E. Mr. Omar Haddad")).toBe("Omar Haddad");
    expect(who("H. E. Dr. Omar Haddad")).toBe("Omar Haddad");
    expect(who("H.E.  Mr.  Omar Haddad")).toBe("Omar Haddad");
    expect(who("Prof. OMAR HADDAD")).toBe("Omar Haddad");
  });
  it("an honorific is taken off at the start (normalizeName drops one without its full stop too)", () => {
    expect(who("Mr Haddad")).toBe("Omar Haddad");
    expect(who("Ms. Lena Marsh")).toBe("Lena Marsh");
    expect(who("the Mr. Haddad")).toBeUndefined();
  });
  it("nothing for an empty phrase or one of honorifics alone", () => {
    expect(who("")).toBeUndefined();
    expect(who("Mr. ")).toBeUndefined();
  });
  it("a family name: the one person who has it; nobody when two do", () => {
    expect(who("Mr. Haddad")).toBe("Omar Haddad");
    expect(who("Haddad", [haddad, person("Sara Haddad", "Haddad")])).toBeUndefined();
    expect(who("Ban")).toBe("Ban Ki-moon");
  });
  it("a family name first: one person's family name wins over another's inner word", () => {
    expect(who("Ban", [ban, person("Ana Ban Lee", "Lee")])).toBe("Ban Ki-moon");
  });
  it("a name's last words, or words inside it (three letters or more): one person only", () => {
    expect(who("Ms. Marsh")).toBe("Lena Marsh");
    expect(who("Meza-Cuadra")).toBe("Gustavo Meza-Cuadra Velasquez");
    expect(who("Gustavo Meza-Cuadra")).toBe("Gustavo Meza-Cuadra Velasquez");
    expect(who("Marsh", [noFamily, person("Anne Marsh")])).toBeUndefined();
    expect(who("Ki", [person("Ki Lee Park")])).toBeUndefined();
    expect(who("Lee", [person("Ki Lee Park"), person("Ana Lee Vega")])).toBeUndefined();
    expect(who("Lee", [person("Ki Lee Park")])).toBe("Ki Lee Park");
  });
  it("a family name of five letters or more with one letter lost, when one person's fits", () => {
    expect(who("Mr. Sharia")).toBe("David Scharia");
    expect(who("Mr. Hadad")).toBe("Omar Haddad");
    expect(who("Mr. Hadd")).toBeUndefined();
    expect(who("Mr. Sharia", [scharia, person("Ana Schariab", "Schariab"), person("Ana Scharia", "Scharia")])).toBeUndefined();
    expect(who("Mr. Sharia", [noFamily, scharia])).toBe("David Scharia");
    expect(who("Sha ria", [scharia])).toBeUndefined();
    expect(who("Va Dyke", [person("Ana Van Dyke", "Van Dyke")])).toBeUndefined();
    expect(who("Mars", [person("Ana Marks", "Marks")])).toBeUndefined();
    expect(who("Marcs", [person("Ana Marcus", "Marcus")])).toBe("Ana Marcus");
    expect(who("Scharia X", [scharia])).toBeUndefined();
    expect(who("Schria", [person("David Schria Vale"), scharia])).toBe("David Schria Vale");
  });
});

describe("oneLetterLost", () => {
  it("true when exactly one letter of the longer word is missing, wherever it was", () => {
    expect(oneLetterLost("scharia", "sharia")).toBe(true);
    expect(oneLetterLost("scharia", "charia")).toBe(true);
    expect(oneLetterLost("scharia", "schari")).toBe(true);
    expect(oneLetterLost("aab", "ab")).toBe(true);
  });
  it("false for the same word, two letters lost, another letter, or a longer second word", () => {
    expect(oneLetterLost("scharia", "scharia")).toBe(false);
    expect(oneLetterLost("scharia", "shari")).toBe(false);
    expect(oneLetterLost("scharia", "sxharia")).toBe(false);
    expect(oneLetterLost("scharia", "scxaria")).toBe(false);
    expect(oneLetterLost("sharia", "scharia")).toBe(false);
    expect(oneLetterLost("abc", "ac")).toBe(true);
    expect(oneLetterLost("abc", "ca")).toBe(false);
  });
});
