"use client";
// The HTML render's half of a static subtree (./static-subtree): draws the tree the server-component render handed
// off. A client component only because that is what Next renders into HTML without serialising its tree into the
// page payload; it never runs in a browser (strip-runtime removes the runtime from every page that has one).
import { takeBack } from "../lib/subtree-handoff";

/** Props of `DrawSubtree`. */
export interface DrawSubtreeProps {
  /** The key the server-component render left the tree under. */
  handoff: string;
}

/** Draws the subtree handed off under `handoff`. */
export function DrawSubtree({ handoff }: DrawSubtreeProps) {
  return takeBack(handoff);
}
