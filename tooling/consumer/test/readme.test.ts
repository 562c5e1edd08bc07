import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeSection } from "./readme";

const fence = "```";
const doc = [
  "# Title",
  "## Use it",
  "Install:",
  `${fence}sh`,
  "npm init -y",
  fence,
  `${fence}ts`,
  "// imports.mts: the imports",
  'import { dataset } from "@briefings/core";',
  fence,
  `${fence}js`,
  "// a.mjs: node a.mjs",
  "console.log(1);",
  fence,
  `${fence}js`,
  "console.log('not a file');",
  fence,
  `${fence}js`,
  "// b.cjs",
  "require('x');",
  fence,
  "## Next",
  `${fence}js`,
  "// c.mjs: another section",
  fence,
].join("\n");

describe("readmeSection", () => {
  it("gives the section's shell blocks and the files its code blocks name, and nothing from other sections", () => {
    expect(readmeSection(doc, "Use it")).toEqual({
      shell: ["npm init -y\n"],
      files: [
        { name: "imports.mts", code: '// imports.mts: the imports\nimport { dataset } from "@briefings/core";\n', run: false },
        { name: "a.mjs", code: "// a.mjs: node a.mjs\nconsole.log(1);\n", run: true },
        { name: "b.cjs", code: "// b.cjs\nrequire('x');\n", run: true },
      ],
    });
  });

  it("fails, saying what is missing, rather than check nothing", () => {
    expect(() => readmeSection(doc, "Missing")).toThrow('no section "## Missing"');
    expect(() => readmeSection("## Use it\ntext only\n", "Use it")).toThrow("no sh block");
    expect(() => readmeSection(`## Use it\n${fence}sh\nls\n${fence}\n`, "Use it")).toThrow("no code block naming its file");
    expect(() => readmeSection(`## Use it\n${fence}sh\nls\n${fence}\n${fence}js\n// a.mjs\n${fence}\n${fence}js\n// a.mjs\n${fence}\n`, "Use it")).toThrow("two code blocks are a.mjs");
  });

  it("finds the library section of the repository's README, with the four query examples", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const section = readmeSection(readme, "Use it in your project");
    expect(section.files.map((f) => f.name)).toEqual(expect.arrayContaining(["imports.mts", "meetings-in-year.mjs", "appearances.mjs", "evidence.mjs", "corrections.mjs", "require.cjs"]));
  });
});
