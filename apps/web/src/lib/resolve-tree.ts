// A server-rendered tree with every component already called: what a page's content hands to the HTML render without
// passing through Next's serialised page payload (see ../components/static-subtree). Only what a static page is
// made of is accepted: host elements, fragments, text, and synchronous function components (called here, as React
// would call them). Anything else is a build error that names it and where it is, never a silently different page.
import { cloneElement, createElement, Fragment, type ReactElement, type ReactNode } from "react";

// React 19's element tags: Symbol.for keys, the same in every copy of React (the server and HTML layers each have one).
const ELEMENT = Symbol.for("react.transitional.element");
const FRAGMENT = Symbol.for("react.fragment");
const CLIENT_REFERENCE = Symbol.for("react.client.reference");

/** Describes an element's type for an error message. */
function typeName(type: unknown): string {
  if (typeof type === "function") return type.name || "an anonymous component";
  if (typeof type === "symbol") return type.description ?? String(type);
  if (type !== null && typeof type === "object" && "$$typeof" in type) return String((type as { $$typeof: unknown }).$$typeof);
  return String(type);
}

/** A resolved node as the children of an element, one by one (as JSX passes a fixed list; a list made by map stays one child, keys kept). */
const childList = (node: ReactNode): ReactNode[] => (Array.isArray(node) ? (node as ReactNode[]) : [node]);

/** `node` with its components rendered; the same object where nothing below it changed. */
function resolve(node: ReactNode, path: string): ReactNode {
  if (node === null || node === undefined || typeof node !== "object") return node;
  if (Array.isArray(node)) {
    let out: ReactNode[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const child = node[i] as ReactNode;
      const done = resolve(child, path);
      if (done !== child) out ??= node.slice(0, i);
      out?.push(done);
    }
    return out ?? node;
  }
  if (Symbol.iterator in node) return resolve([...(node as Iterable<ReactNode>)], path);
  const element = node as ReactElement<Record<string, unknown>> & { $$typeof?: unknown };
  if (element.$$typeof !== ELEMENT) throw new Error(`resolveTree: ${path}: not a React node`);
  const { props } = element;
  // React's types name no symbol among element types, but a fragment's type is one.
  const type: unknown = element.type;
  if (typeof type === "string" || type === FRAGMENT) {
    const children = props.children as ReactNode;
    const done = resolve(children, typeof type === "string" ? `${path} > ${type}` : path);
    return done === children ? element : cloneElement(element, undefined, ...childList(done));
  }
  if (typeof type === "function" && (type as { $$typeof?: unknown }).$$typeof !== CLIENT_REFERENCE) {
    const rendered: unknown = (type as (props: unknown) => unknown)(props);
    if (rendered !== null && typeof rendered === "object" && typeof (rendered as { then?: unknown }).then === "function") {
      throw new Error(`resolveTree: ${path} > ${typeName(type)}: an async component; only synchronous components can be resolved ahead of the render`);
    }
    const done = resolve(rendered as ReactNode, `${path} > ${typeName(type)}`);
    // The key was the component's (one of a list): it stays with what the component drew, on a fragment (no markup).
    return element.key === null ? done : createElement(Fragment, { key: element.key }, ...childList(done));
  }
  throw new Error(
    `resolveTree: ${path}: ${typeName(type)} cannot be resolved ahead of the render (only host elements, fragments and synchronous components can: no client components, context, Suspense, lazy or memo)`,
  );
}

/**
 * The tree `node` renders, with every function component called: host elements, fragments and text only, which any
 * copy of React renders to the same HTML. Throws, naming the place, on anything else.
 */
export function resolveTree(node: ReactNode): ReactNode {
  return resolve(node, "root");
}
