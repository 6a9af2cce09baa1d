import { useEffect, useRef } from 'react';

interface PageTitleProps {
  children: string;
  /** The app's name, appended to the document title. */
  appName: string;
  /**
   * The document title when the heading names a person (a pseudonym, a name): browsers keep titles
   * in their history, on disk and in clear, so it names the page only. Defaults to the heading.
   */
  documentTitle?: string | undefined;
}

/**
 * The page's heading and the document title (the heading unless `documentTitle` is given). The heading takes focus when the page opens so a
 * screen reader announces where the user arrived after a client-side navigation.
 */
export function PageTitle({ children, appName, documentTitle = children }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <title>{`${documentTitle} · ${appName}`}</title>
      <h1 ref={ref} tabIndex={-1} className="page-title">
        {children}
      </h1>
    </>
  );
}
