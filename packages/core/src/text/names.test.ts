import { describe, expect, it } from "vitest";
import { normalizeName } from "./names";

describe("normalizeName", () => {
  it.each([
    ["H.E. Mr. Gustavo Meza-Cuadra", "gustavo meza cuadra"],
    ["Ambassador Amr Abdellatif Aboulatta", "amr abdellatif aboulatta"],
    ["Ms. Michèle Coninsx", "michele coninsx"],
    ["  Dr.  Weixiong   Chen ", "weixiong chen"],
  ])("%s → %s", (name, key) => expect(normalizeName(name)).toBe(key));
});
