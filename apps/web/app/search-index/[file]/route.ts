import { getDataset } from "../../../src/lib/data";
import { searchIndexFiles } from "../../../src/lib/search-index";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Every file of the search index, written to out/search-index/ at build time. */
export function generateStaticParams(): { file: string }[] {
  return [...searchIndexFiles(getDataset()).keys()].map((file) => ({ file }));
}

/** One file of the prebuilt search index (fetched by the search page when a reader searches). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = searchIndexFiles(getDataset()).get(file);
  if (text === undefined) return new Response("Not found", { status: 404 });
  return new Response(text, { headers: { "content-type": "application/json" } });
}
