// The content of a static page, rendered once on the server and handed straight to the HTML render, instead of being
// written into Next's page payload, read back to write the HTML and split again per segment (payload that
// strip-runtime deletes afterwards: nothing on a stripped page reads it). Same HTML; at 1,000 briefings `next build`
// spends about 30% less CPU. The children must be what `resolveTree` accepts: host elements and synchronous
// server components, no client components. Outside a production build (next dev, tests) the children render as
// they are, so a page that hydrates in development still matches its HTML.
import type { ReactNode } from "react";
import { resolveTree } from "../lib/resolve-tree";
import { handOff } from "../lib/subtree-handoff";
import { DrawSubtree } from "./draw-subtree";

/** Props of `StaticSubtree`. */
export interface StaticSubtreeProps {
  /** The content: host elements and synchronous server components only. */
  children: ReactNode;
}

/** Renders `children` into the page's HTML without writing them into its payload. */
export function StaticSubtree({ children }: StaticSubtreeProps) {
  if (process.env.NODE_ENV !== "production") return children;
  return <DrawSubtree handoff={handOff(resolveTree(children))} />;
}
