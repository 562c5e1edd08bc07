import { serializeJsonLd } from "../lib/json-ld";

/** Props of `JsonLd`. */
export interface JsonLdProps {
  /** The JSON-LD object to embed. */
  data: unknown;
}

/** A <script type="application/ld+json"> element; the only raw markup in the site, escaped by serializeJsonLd. */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
