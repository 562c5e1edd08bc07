// Links built from data: external URLs pass through safeHref; evidence resolves to the source view or URL.
import { Fragment, type ReactNode } from "react";
import type { Dataset, Evidence } from "@briefings/core";
import { evidenceLink } from "../lib/evidence";
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

/** Props of `EvidenceLinks`. */
export interface EvidenceLinksProps {
  dataset: Dataset;
  /** The evidence of one fact. */
  evidence: readonly Evidence[] | undefined;
}

/** The evidence of a fact, as small links: a span to its mark in the source view, a citation to its source. */
export function EvidenceLinks({ dataset, evidence }: EvidenceLinksProps) {
  if (!evidence || evidence.length === 0) return null;
  return (
    <span className="evidence">
      <span className="evidence-label">Evidence: </span>
      {evidence.map((e, i) => {
        const link = evidenceLink(dataset, e);
        return (
          <Fragment key={i}>
            {i > 0 ? " · " : null}
            {link.href === undefined ? (
              <span title={link.description}>{link.label}</span>
            ) : link.external ? (
              <ExternalLink href={link.href}>{link.label}</ExternalLink>
            ) : (
              <a href={link.href} title={link.description}>
                {link.label}
              </a>
            )}
          </Fragment>
        );
      })}
    </span>
  );
}
