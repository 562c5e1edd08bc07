// The hand-off of a page's content from the server-component render to the HTML render of the same page. Next
// renders a static page twice in one process: server components into its page payload, then that payload into HTML.
// A subtree handed off here skips the payload: the first render leaves the tree (its components already called)
// under a key and puts only the key in the payload; the second takes it back by that key, once. Both renders load
// their own copy of this module, so the store lives on globalThis.
import type { ReactNode } from "react";

const STORE = Symbol.for("briefings.web.subtree-handoff");

/** How every hand-off key starts (strip-runtime looks for it: a page that keeps its runtime must hold none). */
export const HANDOFF_PREFIX = "briefings-static-subtree:";

type Store = { next: number; trees: Map<string, ReactNode> };

function store(): Store {
  const holder = globalThis as { [STORE]?: Store };
  return (holder[STORE] ??= { next: 0, trees: new Map() });
}

/** Leaves `tree` for the HTML render; returns the key that takes it back. */
export function handOff(tree: ReactNode): string {
  const s = store();
  const key = `${HANDOFF_PREFIX}${process.pid}:${s.next++}`;
  s.trees.set(key, tree);
  return key;
}

/** Takes back the tree left under `key` (once: it is then forgotten, so a build's memory does not grow with its pages). */
export function takeBack(key: string): ReactNode {
  const s = store();
  const tree = s.trees.get(key);
  if (tree === undefined) {
    throw new Error(
      `subtree-handoff: no tree under ${JSON.stringify(key)}: a handed-off subtree is drawn by the HTML render of the build that made it, once, and never in a browser`,
    );
  }
  s.trees.delete(key);
  return tree;
}

/** How many trees wait to be taken back (for tests). */
export function waitingTrees(): number {
  return store().trees.size;
}
