import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found" };

/** The 404 page. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Start from the <a href="/">list of briefings</a> or <a href="/search/">search</a>.
      </p>
    </>
  );
}
