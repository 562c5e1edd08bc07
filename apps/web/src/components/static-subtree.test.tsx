import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dataset } from "@briefings/core";
import { waitingTrees } from "../lib/subtree-handoff";
import { BriefingView } from "./briefing-view";
import { DrawSubtree } from "./draw-subtree";
import { StaticSubtree } from "./static-subtree";

describe("StaticSubtree", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const view = <BriefingView dataset={dataset} id={dataset.meetings[0]!.id} />;

  it("in a production build, puts only a key in the payload and draws the same HTML from it", () => {
    vi.stubEnv("NODE_ENV", "production");
    const before = waitingTrees();
    const element = StaticSubtree({ children: view }) as { type: unknown; props: { handoff: string } };
    // What the server-component render writes into the payload: the drawing component and a key, no content.
    expect(element.type).toBe(DrawSubtree);
    expect(Object.keys(element.props)).toEqual(["handoff"]);
    expect(waitingTrees()).toBe(before + 1);
    expect(renderToStaticMarkup(element as never)).toBe(renderToStaticMarkup(view));
    expect(waitingTrees()).toBe(before);
  });

  it("elsewhere (next dev, tests) renders its children as they are", () => {
    vi.stubEnv("NODE_ENV", "development");
    expect(StaticSubtree({ children: view })).toBe(view);
  });
});
