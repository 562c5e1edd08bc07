import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataset, LIBRARY_VERSION } from "@briefings/core";
import { DataView } from "./data-view";

const packages = [
  { name: "@briefings/core", version: "0.2.0", file: "briefings-core-0.2.0.tgz", bytes: 212_313, sha256: "0123456789abcdef".repeat(4) },
  { name: "@briefings/export", version: "0.2.0", file: "briefings-export-0.2.0.tgz", bytes: 40_000, sha256: "fedcba9876543210".repeat(4) },
];

describe("DataView: the library", () => {
  it("offers each tarball with its SHA-256, and the command that installs them from the site", () => {
    const html = renderToStaticMarkup(<DataView dataset={dataset} packages={packages} origin="https://briefings.example" />);
    for (const p of packages) {
      expect(html).toContain(`<a href="/packages/${p.file}" download="">${p.name} ${p.version}</a>`);
      expect(html).toContain(`<code>${p.sha256}</code>`);
    }
    expect(html).toContain("(208 KB, npm tarball)");
    expect(html).toContain(
      "<code>npm install https://briefings.example/packages/briefings-core-0.2.0.tgz https://briefings.example/packages/briefings-export-0.2.0.tgz</code>",
    );
    expect(html).toContain('<a href="/packages/SHA256SUMS">SHA256SUMS</a>');
  });

  it("says which versions of code and data the site shows, apart", () => {
    const html = renderToStaticMarkup(<DataView dataset={{ ...dataset, version: "3.1.4" }} packages={packages} />);
    expect(html).toContain(`library ${LIBRARY_VERSION}, data 3.1.4`);
  });

  it("says so when the build publishes no tarballs, and links none", () => {
    const html = renderToStaticMarkup(<DataView dataset={dataset} />);
    expect(html).toContain("does not publish the library");
    expect(html).not.toContain("/packages/");
  });
});
