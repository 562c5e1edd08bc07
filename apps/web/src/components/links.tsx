// Links built from data: external URLs pass through safeHref (evidence is cited with ./citations).
import type { ReactNode } from "react";
import { safeHref } from "../lib/safe-href";

/** Props of `ExternalLink`. */
export interface ExternalLinkProps {
  /** A URL from data: only http(s) URLs become links. */
  href: string | undefined;
  /** The link text. */
  children: ReactNode;
  /** Extra class. */
  className?: string | undefined;
}

/** A link to another site, or, when the URL is not a safe http(s) URL, its text alone (marked as refused). */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const safe = safeHref(href);
  if (safe === undefined) {
    return (
      <span className={["refused-link", className].filter(Boolean).join(" ")} title="Link not shown: not an http(s) address">
        {children}
      </span>
    );
  }
  return (
    <a href={safe} className={className} rel="external noopener noreferrer">
      {children}
    </a>
  );
}
