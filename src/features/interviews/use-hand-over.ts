/**
 * While the device is handed over to the person, nothing of the rest of the app can be reached:
 * the person mode lives in a layer of its own at the end of <body>, everything else is `inert`
 * (out of the focus order, unclickable, hidden from assistive technologies), and the router's
 * navigations, the browser's Back button included, are refused. A reload or a closed tab locks the
 * vault (the key lives only in memory), and so does the idle lock: the app then shows the unlock
 * screen, and this layer goes with the page that held it.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { useBlocker } from 'react-router';

/** A layer appended to <body> while mounted; every other child of <body> is inert meanwhile. */
export function useHandOverLayer(): HTMLElement {
  const [layer] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    document.body.append(layer);
    const madeInert = new Set<Element>();
    const makeInert = (element: Element) => {
      if (element === layer || element.hasAttribute('inert')) return;
      element.setAttribute('inert', '');
      madeInert.add(element);
    };
    for (const child of document.body.children) makeInert(child);
    // Whatever is added to <body> later (a portal, a browser extension's banner) is inert too.
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (node instanceof Element) makeInert(node);
        }
    });
    observer.observe(document.body, { childList: true });
    return () => {
      observer.disconnect();
      for (const element of madeInert) element.removeAttribute('inert');
      layer.remove();
    };
  }, [layer]);
  return layer;
}

/**
 * Refuses every navigation of the router while mounted: links (none can be reached anyway) and the
 * browser's Back and Forward (a `popstate` the router undoes), so the page stays where it is.
 */
export function useRefuseNavigation(): void {
  const blocker = useBlocker(true);
  useEffect(() => {
    if (blocker.state === 'blocked') blocker.reset();
  }, [blocker]);
}

/**
 * Asks for the whole screen (no address bar, no tabs on a tablet) from the worker's tap that opens
 * the mode; a browser that refuses, or has no such API (iOS Safari), keeps the fixed layer.
 */
export function requestFullScreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

/** Leaves the whole screen when the mode ends (left, or the vault locked under it). */
export function useLeaveFullScreenOnEnd(): void {
  useEffect(
    () => () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    },
    [],
  );
}
