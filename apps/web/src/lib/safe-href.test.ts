import { describe, expect, it } from "vitest";
import { recordPath, safeHref } from "./safe-href";

describe("safeHref", () => {
  it("allows absolute http and https URLs, normalised", () => {
    expect(safeHref("https://www.un.org/securitycouncil/ctc/")).toBe("https://www.un.org/securitycouncil/ctc/");
    expect(safeHref("  HTTP://Example.ORG/a b".trim().replace(" ", "%20"))).toBe("http://example.org/a%20b");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\u0000script:alert(1)",
    "jav\tascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "mailto:someone@example.org",
    "//evil.example/x",
    "/relative/path",
    "https://user:pass@example.org/",
    "https://exa mple.org/",
    "http://",
    "",
    "not a url",
  ])("refuses %j", (url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  it("refuses non-strings", () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });
});

describe("recordPath", () => {
  it("percent-encodes ids so they cannot leave their path segment", () => {
    expect(recordPath("people", "rebecca-skellett")).toBe("/people/rebecca-skellett/");
    expect(recordPath("people", "../x?y#z")).toBe("/people/..%2Fx%3Fy%23z/");
  });
});
