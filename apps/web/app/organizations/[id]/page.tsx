import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getOrganization } from "@briefings/core";
import { OrganizationView } from "../../../src/components/organization-view";
import { getDataset } from "../../../src/lib/data";
import { organizationFacts, pageMetadata } from "../../../src/lib/page-metadata";

/** One page per organization. */
export function generateStaticParams() {
  return getDataset().organizations.map((o) => ({ id: o.id }));
}

export const dynamicParams = false;

/** Props of an organization page. */
interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const facts = organizationFacts(getDataset(), decodeURIComponent(id));
  return facts ? pageMetadata(facts) : { title: "Organization" };
}

/** An organization's page. */
export default async function OrganizationPage({ params }: Props) {
  const { id } = await params;
  const dataset = getDataset();
  const orgId = decodeURIComponent(id);
  if (!getOrganization(dataset, orgId)) notFound();
  return <OrganizationView dataset={dataset} id={orgId} />;
}
