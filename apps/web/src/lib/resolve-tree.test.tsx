import { createContext, Fragment, lazy, Suspense, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataset } from "@briefings/core";
import { BriefingView } from "../components/briefing-view";
import { HomeView } from "../components/home-view";
import { OrganizationView } from "../components/organization-view";
import { PersonView } from "../components/person-view";
import { SourceView } from "../components/source-view";
import { resolveTree } from "./resolve-tree";

/** Every element type left in a tree. */
function types(node: ReactNode, out = new Set<unknown>()): Set<unknown> {
  if (Array.isArray(node)) for (const n of node) types(n as ReactNode, out);
  else if (node !== null && typeof node === "object" && "type" in node) {
    out.add(node.type);
    types((node.props as { children?: ReactNode }).children, out);
  }
  return out;
}

describe("resolveTree", () => {
  const views: [string, ReactNode][] = [
    ["a briefing", <BriefingView dataset={dataset} id={dataset.meetings[0]!.id} />],
    ["the latest briefing", <BriefingView dataset={dataset} id={dataset.meetings.at(-1)!.id} />],
    ["a person", <PersonView dataset={dataset} id={dataset.people[0]!.id} />],
    ["an organization", <OrganizationView dataset={dataset} id={dataset.organizations[0]!.id} />],
    ["an archived source", <SourceView dataset={dataset} id={dataset.sources.find((s) => s.archive !== undefined)!.id} />],
    ["the list of briefings", <HomeView dataset={dataset} />],
  ];

  it.each(views)("renders %s to the same HTML as the components themselves, with no component left", (_, view) => {
    const resolved = resolveTree(view);
    expect(renderToStaticMarkup(resolved)).toBe(renderToStaticMarkup(view));
    for (const type of types(resolved)) expect(typeof type === "string" || type === Fragment, `left: ${String(type)}`).toBe(true);
  });

  it("returns a tree of host elements as it is (nothing copied)", () => {
    const tree = (
      <ul>
        <li key="a">a</li>
        <li key="b">
          <b>b</b>
        </li>
      </ul>
    );
    expect(resolveTree(tree)).toBe(tree);
  });

  it("keeps keys, and copies only the elements above a component", () => {
    const Item = ({ label }: { label: string }) => <em>{label}</em>;
    const untouched = <p>kept</p>;
    const tree = (
      <div>
        {untouched}
        <ul>{["x", "y"].map((label) => <li key={label}>{<Item label={label} />}</li>)}</ul>
      </div>
    );
    const resolved = resolveTree(tree) as { props: { children: [ReactNode, { props: { children: { key: string }[] } }] } };
    expect(resolved).not.toBe(tree);
    expect(resolved.props.children[0]).toBe(untouched);
    expect(resolved.props.children[1].props.children.map((li) => li.key)).toEqual(["x", "y"]);
    expect(renderToStaticMarkup(resolved as ReactNode)).toBe("<div><p>kept</p><ul><li><em>x</em></li><li><em>y</em></li></ul></div>");
  });

  it("refuses an async component, naming it and where it is", () => {
    async function Slow() {
      return <p>late</p>;
    }
    expect(() => resolveTree(<main><section><Slow /></section></main>)).toThrow("resolveTree: root > main > section > Slow: an async component");
  });

  it("refuses what it cannot call ahead of the render: client components, context, Suspense, lazy", () => {
    const clientReference = Object.assign(() => null, { $$typeof: Symbol.for("react.client.reference"), $$id: "x#Client" });
    const Context = createContext(0);
    const Lazy = lazy(async () => ({ default: () => <p /> }));
    for (const node of [<div>{[<span key="1" />, createClientElement(clientReference)]}</div>, <Context value={1}><p /></Context>, <Suspense><p /></Suspense>, <Lazy />]) {
      expect(() => resolveTree(node)).toThrow(/cannot be resolved ahead of the render/);
    }
  });
});

/** An element whose type is a client reference, as a server build sees a "use client" import. */
function createClientElement(type: () => null): ReactNode {
  const Type = type as unknown as () => ReactNode;
  return <Type key="c" />;
}
