import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { citationText, dataset, personRoles, recordCitation } from "@briefings/core";
import { siteOrigin } from "../lib/schema-org";
import { OrganizationView } from "./organization-view";
import { PersonView } from "./person-view";

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("PersonView", () => {
  const html = unescape(renderToStaticMarkup(<PersonView dataset={dataset} id="vladimir-voronkov" />));

  it("gives a post in the source's words, without the honorific (which goes with the name)", () => {
    const role = personRoles(dataset, "vladimir-voronkov")[0]!;
    expect(role.honorific).toBe("Mr.");
    expect(html).toContain(`as stated: “${role.titleAsStated}”`);
    expect(html).not.toContain("Mr. Under-Secretary-General");
    expect(html).toContain("addressed as Mr.");
  });

  it("cites the name and each post by number, and offers the record's citation", () => {
    expect(html).toMatch(/<ol id="notes-person" class="notes-list"/);
    expect(html).toMatch(/<ol id="notes-roles" class="notes-list"/);
    expect(html).toContain(citationText(recordCitation(dataset, "person", "vladimir-voronkov", { origin: siteOrigin() })!));
  });
});

describe("OrganizationView", () => {
  it("names the organization with its acronym and kind, cites its name and offers the record's citation", () => {
    const html = unescape(renderToStaticMarkup(<OrganizationView dataset={dataset} id="unoct" />));
    expect(html).toContain("<h1>United Nations Office of Counter-Terrorism (UNOCT)</h1>");
    expect(html).toContain("UN Secretariat entity");
    expect(html).toMatch(/<ol id="notes-organization" class="notes-list"/);
    expect(html).toContain(citationText(recordCitation(dataset, "organization", "unoct", { origin: siteOrigin() })!));
  });
});
