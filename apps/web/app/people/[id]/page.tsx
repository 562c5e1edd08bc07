import { getPerson } from "@briefings/core";
import { PersonView } from "../../../src/components/person-view";
import { personFacts } from "../../../src/lib/page-metadata";
import { recordPage } from "../../../src/lib/record-page";

const page = recordPage({ records: (d) => d.people, get: getPerson, facts: personFacts, fallbackTitle: "Person", View: PersonView });

/** One page per person. */
export const generateStaticParams = page.generateStaticParams;

export const dynamicParams = false;

export const generateMetadata = page.generateMetadata;

/** A person's page. */
export default page.Page;
