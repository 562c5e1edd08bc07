import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { formatVersions, versions } from "@briefings/core";
import { getDataset } from "../src/lib/data";
import { SITE_NAME } from "../src/lib/page-metadata";
import { siteOrigin } from "../src/lib/schema-org";
import "./globals.css";
import "./views.css";

const DESCRIPTION =
  "Open, provenance-tracked records of UN Security Council Counter-Terrorism Committee meetings: who spoke, what was said, and the source of every fact.";

// Pages without their own metadata (home, indexes, search, data) say what the site is; record pages say what they are.
export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { default: "Briefings: CTC meetings, with their sources", template: "%s · Briefings" },
  description: DESCRIPTION,
  openGraph: { type: "website", siteName: SITE_NAME, title: "Briefings: CTC meetings, with their sources", description: DESCRIPTION, locale: "en_GB" },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

const NAV = [
  ["/", "Briefings"],
  ["/people/", "People"],
  ["/organizations/", "Organizations"],
  ["/timeline/", "Timeline"],
  ["/succession/", "Chairs"],
  ["/search/", "Search"],
  ["/data/", "Data"],
] as const;

/** The frame of every page: skip link, header with navigation, main content, footer. */
export default function RootLayout({ children }: { children: ReactNode }) {
  const dataset = getDataset();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a className="site-name" href="/">
              Briefings
            </a>
            <nav aria-label="Site">
              <ul>
                {NAV.map(([href, label]) => (
                  <li key={href}>
                    <a href={href}>{label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Records of meetings of the United Nations Security Council Counter-Terrorism Committee, each fact linked to its source. Data:{" "}
              <a href="/data/">CC BY 4.0</a>.
            </p>
            {/* Code and data are versioned apart: the data's version grows when records change, the library's when its API does. */}
            <p className="versions">
              Versions: {formatVersions(versions(dataset))} (<a href="/data/#library">use the library</a>).
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
