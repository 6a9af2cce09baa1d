/**
 * A page laid out for paper: the screen's back link, title, intro and actions (print, download),
 * which never print, above the sheet itself. Knows nothing of what the sheet holds.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from './page-title';
import './print-layout.css';

export function PrintLayout({
  title,
  appName,
  intro,
  backTo,
  backLabel,
  printLabel,
  actions,
  children,
}: {
  /** The page's name only: it is the document title too, so never personal data. */
  title: string;
  appName: string;
  intro?: string | undefined;
  backTo: string;
  backLabel: string;
  printLabel: string;
  /** Other actions beside the print button (a download). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <article className="print-layout">
      <div className="no-print">
        <Link to={backTo} className="back-link">
          {backLabel}
        </Link>
        <PageTitle appName={appName}>{title}</PageTitle>
        {intro ? <p>{intro}</p> : null}
        <div className="actions print-actions">
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {printLabel}
          </button>
          {actions}
        </div>
      </div>
      {children}
    </article>
  );
}
