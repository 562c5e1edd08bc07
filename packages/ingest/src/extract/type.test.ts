import { describe, expect, it } from "vitest";
import { readDoc } from "./text";
import { findType } from "./type";

const typeOf = (text: string) => findType(readDoc(text))?.value;

describe("meeting types as the pages phrase them (synthetic sentences)", () => {
  it("reads a headline that drops the article before 'meeting' as a Council meeting", () =>
    expect(typeOf("Gaps remain, expert tells Security Council in meeting on border controls\n\nThe expert spoke for twenty minutes.")).toBe("security-council-meeting"));
  it("reads briefings from the heads of committees as a Council briefing", () =>
    expect(typeOf("Nation asks for reform at Council\n\nThe session, chaired by a member State, focused on briefings from the heads of two committees on sanctions.")).toBe("security-council-briefing"));
  it("reads chairs of subsidiary bodies who brief as a Council briefing, not those who brief Member States", () => {
    expect(typeOf("Chairs of Council Subsidiary Bodies Brief on Port Security\n\nThe chairs spoke in turn.")).toBe("security-council-briefing");
    expect(typeOf("Chairs of the three bodies brief Member States on their work\n\nThe chairs spoke in turn.")).toBe("briefing-to-member-states");
  });
  it("reads a speech to the Committee 'at its <day> meeting' as a meeting of the Committee", () =>
    expect(typeOf("A new director sets goals\n\n“We will work together,” the director told the Counter-Terrorism Committee at its 3 May meeting.")).toBe("committee-meeting"));
  it("reads 'the Committee meets on the occasion of' as a meeting of the Committee when nothing names its kind", () => {
    expect(typeOf("Counter-Terrorism Committee meets on the occasion of its founding day\n\nMembers recalled the work done.")).toBe("committee-meeting");
    expect(typeOf("Counter-Terrorism Committee meets with regional bodies\n\nMembers heard the bodies.")).toBeUndefined();
  });
  it("reads an Arria-formula meeting", () =>
    expect(typeOf("Experts brief the Council's Arria-formula meeting on coastal security\n\nSeveral members took part.")).toBe("arria-formula-meeting"));
});
