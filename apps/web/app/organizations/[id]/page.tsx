import { getOrganization } from "@briefings/core";
import { OrganizationView } from "../../../src/components/organization-view";
import { organizationFacts } from "../../../src/lib/page-metadata";
import { recordPage } from "../../../src/lib/record-page";

const page = recordPage({ records: (d) => d.organizations, get: getOrganization, facts: organizationFacts, fallbackTitle: "Organization", View: OrganizationView });

/** One page per organization. */
export const generateStaticParams = page.generateStaticParams;

export const dynamicParams = false;

export const generateMetadata = page.generateMetadata;

/** An organization's page. */
export default page.Page;
