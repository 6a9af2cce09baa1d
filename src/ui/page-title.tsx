import { useEffect, useRef } from 'react';

interface PageTitleProps {
  children: string;
  /** The app's name, appended to the document title. */
  appName: string;
}

/**
 * The page's heading and the document title. The heading takes focus when the page opens so a
 * screen reader announces where the user arrived after a client-side navigation.
 */
export function PageTitle({ children, appName }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <title>{`${children} · ${appName}`}</title>
      <h1 ref={ref} tabIndex={-1} className="page-title">
        {children}
      </h1>
    </>
  );
}
