// Where the static build's per-page time goes, outside Next: every page of the site rendered to HTML as the build
// renders it (each route's generateStaticParams, generateMetadata and page component, inside the root layout), on the
// dataset named by BRIEFINGS_DATASET (or the curated one). Prints, per route, the pages, the time in our code and
// React's rendering, and the HTML bytes; with PROFILE=<file>, writes a V8 CPU profile of the render loop.
// Not a test: `BRIEFINGS_DATASET=… npx vitest run --config bench/vitest.config.ts bench/pages.measure.tsx`.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { loadavg } from "node:os";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { it } from "vitest";
import * as briefing from "../app/briefings/[id]/page";
import * as browse from "../app/browse/[facet]/[value]/page";
import RootLayout from "../app/layout";
import Home from "../app/page";
import * as organization from "../app/organizations/[id]/page";
import Organizations from "../app/organizations/page";
import * as person from "../app/people/[id]/page";
import People from "../app/people/page";
import * as source from "../app/sources/[id]/page";
import Succession from "../app/succession/page";
import Timeline from "../app/timeline/page";
import { getDataset } from "../src/lib/data";

type Params = Record<string, string>;
interface Route {
  name: string;
  params: () => Params[];
  metadata?: (p: { params: Promise<Params> }) => Promise<unknown>;
  page: (p: { params: Promise<Params> }) => ReactElement | Promise<ReactElement>;
}

const routes: Route[] = [
  { name: "/", params: () => [{}], page: () => <Home /> },
  { name: "/people/", params: () => [{}], page: () => <People /> },
  { name: "/organizations/", params: () => [{}], page: () => <Organizations /> },
  { name: "/timeline/", params: () => [{}], page: () => <Timeline /> },
  { name: "/succession/", params: () => [{}], page: () => <Succession /> },
  { name: "/briefings/[id]", params: briefing.generateStaticParams, metadata: briefing.generateMetadata as Route["metadata"], page: briefing.default as Route["page"] },
  { name: "/people/[id]", params: person.generateStaticParams, metadata: person.generateMetadata as Route["metadata"], page: person.default as Route["page"] },
  { name: "/organizations/[id]", params: organization.generateStaticParams, metadata: organization.generateMetadata as Route["metadata"], page: organization.default as Route["page"] },
  { name: "/sources/[id]", params: source.generateStaticParams, metadata: source.generateMetadata as Route["metadata"], page: source.default as Route["page"] },
  { name: "/browse/[facet]/[value]", params: browse.generateStaticParams, metadata: browse.generateMetadata as Route["metadata"], page: browse.default as Route["page"] },
];

const post = <T,>(session: Session, method: string): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));

it("renders every page", async () => {
  const t0 = performance.now();
  getDataset();
  const loadMs = performance.now() - t0;
  const session = new Session();
  const profile = process.env.PROFILE;
  if (profile) {
    session.connect();
    await post(session, "Profiler.enable");
    await post(session, "Profiler.start");
  }
  const rows: string[] = [];
  let total = 0;
  const cpu0 = process.cpuUsage();
  for (const route of routes) {
    const start = performance.now();
    const all = route.params();
    let bytes = 0;
    let max = 0;
    for (const p of all) {
      const params = Promise.resolve(p);
      const one = performance.now();
      await route.metadata?.({ params });
      const page = await route.page({ params });
      const html = renderToStaticMarkup(<RootLayout>{page}</RootLayout>);
      max = Math.max(max, performance.now() - one);
      bytes += html.length;
    }
    const ms = performance.now() - start;
    total += ms;
    rows.push(`| ${route.name} | ${all.length} | ${ms.toFixed(0)} | ${(ms / all.length).toFixed(2)} | ${max.toFixed(1)} | ${(bytes / all.length / 1024).toFixed(1)} |`);
  }
  const cpu = process.cpuUsage(cpu0);
  if (profile) {
    const { profile: data } = await post<{ profile: unknown }>(session, "Profiler.stop");
    writeFileSync(profile, JSON.stringify(data));
    session.disconnect();
  }
  console.log(
    [
      `dataset loaded and neutralised in ${loadMs.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
      "| route | pages | ms | ms/page | max ms | KiB HTML/page |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
      `total ${total.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`,
    ].join("\n"),
  );
});
