import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { listRows } from "../lib/list-rows";
import { safeSeed } from "../../test/helpers";
import { ListScreen, listLine } from "./list-screen";

const rows = listRows(safeSeed);
const instances: { unmount: () => void }[] = [];
afterEach(() => {
  while (instances.length) instances.pop()!.unmount();
});

describe("ListScreen", () => {
  it("moving the selection by one re-renders the two rows it changes, not every row shown", () => {
    expect(rows.length).toBeGreaterThan(12);
    const renders: string[] = [];
    const props = { rows, offset: 0, width: 100, height: 10, color: false, onRowRender: (id: string) => renders.push(id) };
    const app = render(<ListScreen {...props} cursor={3} />);
    instances.push(app);
    expect(renders).toHaveLength(10);
    expect(app.lastFrame()!.split("\n")[3]).toBe(listLine(rows[3]!, 100).trimEnd());
    renders.length = 0;
    app.rerender(<ListScreen {...props} cursor={4} />);
    expect(renders.sort()).toEqual([rows[3]!.id, rows[4]!.id].sort());
    // The frame is the list with the selection moved: every line still the row's line.
    const lines = app.lastFrame()!.split("\n");
    expect(lines).toHaveLength(10);
    for (let i = 0; i < 10; i++) expect(lines[i]!.trimEnd()).toBe(listLine(rows[i]!, 100).trimEnd());
  });

  it("scrolling by one renders the row that comes into view only", () => {
    const renders: string[] = [];
    const props = { rows, width: 100, height: 10, color: false, onRowRender: (id: string) => renders.push(id) };
    const app = render(<ListScreen {...props} cursor={9} offset={0} />);
    instances.push(app);
    renders.length = 0;
    app.rerender(<ListScreen {...props} cursor={10} offset={1} />);
    expect(renders.sort()).toEqual([rows[9]!.id, rows[10]!.id].sort());
    const lines = app.lastFrame()!.split("\n");
    expect(lines[0]!.trimEnd()).toBe(listLine(rows[1]!, 100).trimEnd());
    expect(lines[9]!.trimEnd()).toBe(listLine(rows[10]!, 100).trimEnd());
  });
});
