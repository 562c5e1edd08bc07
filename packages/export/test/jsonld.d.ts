// The few jsonld.js functions the tests use (the package ships no types).
declare module "jsonld" {
  /** A JSON-LD document loader: resolves a URL to a document. */
  type DocumentLoader = (url: string) => Promise<{ document: unknown; documentUrl: string; contextUrl?: string | null }>;
  const jsonld: {
    expand(input: object, options?: { documentLoader?: DocumentLoader; safe?: boolean }): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}
