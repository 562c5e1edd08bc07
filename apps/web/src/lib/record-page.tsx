// The three exports of a record's page (app/<kind>/[id]/page.tsx): one static page per record, its metadata, and
// the page itself, with Next's 404 for an id the dataset does not have. Each page file names its collection, its
// getter, its facts and its view; what they do with them is written once, here.
import type { ComponentType } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Dataset } from "@briefings/core";
import type { RecordViewProps } from "../components/record-view";
import { StaticSubtree } from "../components/static-subtree";
import { getDataset } from "./data";
import { pageMetadata, type PageFacts } from "./page-metadata";

/** Props Next gives a record's page and its metadata. */
export interface RecordPageProps {
  /** The route's parameters: the record's id, percent-encoded. */
  params: Promise<{ id: string }>;
}

/** What a record's page is made of. */
export interface RecordPageSpec {
  /** The records that get a page. */
  records: (dataset: Dataset) => readonly { id: string }[];
  /** The record with this id, or undefined (core's getter: getMeeting, getPerson, …). */
  get: (dataset: Dataset, id: string) => unknown;
  /** What the page says about itself (title, description, Open Graph). */
  facts: (dataset: Dataset, id: string) => PageFacts | undefined;
  /** The title when the record is missing. */
  fallbackTitle: string;
  /** The view that renders the record. */
  View: ComponentType<RecordViewProps>;
}

/** The page's exports: `generateStaticParams`, `generateMetadata` and the page component. */
export function recordPage({ records, get, facts, fallbackTitle, View }: RecordPageSpec) {
  return {
    generateStaticParams: () => records(getDataset()).map((r) => ({ id: r.id })),
    generateMetadata: async ({ params }: RecordPageProps): Promise<Metadata> => {
      const { id } = await params;
      const pageFacts = facts(getDataset(), decodeURIComponent(id));
      return pageFacts ? pageMetadata(pageFacts) : { title: fallbackTitle };
    },
    Page: async function RecordPage({ params }: RecordPageProps) {
      const { id } = await params;
      const dataset = getDataset();
      const recordId = decodeURIComponent(id);
      if (!get(dataset, recordId)) notFound();
      return (
        <StaticSubtree>
          <View dataset={dataset} id={recordId} />
        </StaticSubtree>
      );
    },
  };
}
