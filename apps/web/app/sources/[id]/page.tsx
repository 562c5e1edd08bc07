import { getSource } from "@briefings/core";
import { SourceView } from "../../../src/components/source-view";
import { sourceFacts } from "../../../src/lib/page-metadata";
import { recordPage } from "../../../src/lib/record-page";

const page = recordPage({ records: (d) => d.sources, get: getSource, facts: sourceFacts, fallbackTitle: "Source", View: SourceView });

/** One page per source. */
export const generateStaticParams = page.generateStaticParams;

export const dynamicParams = false;

export const generateMetadata = page.generateMetadata;

/** A source with its archived text, evidence spans and corrections. */
export default page.Page;
