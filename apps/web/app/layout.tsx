import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { formatVersions, versions } from "@briefings/core";
import { getDataset } from "../src/lib/data";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Briefings: CTC meetings, with their sources", template: "%s · Briefings" },
  description: "An open, provenance-tracked dataset of UN Security Council Counter-Terrorism Committee meetings.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

const NAV = [
  ["/", "Briefings"],
  ["/people/", "People"],
  ["/organizations/", "Organizations"],
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
