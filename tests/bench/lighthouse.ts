/**
 * Lighthouse section of `npm run bench` (issue 13, acceptance 5): the scores of the production
 * build's first screen (performance, accessibility, best practices) on Lighthouse's default mobile
 * profile (a mid-range phone, simulated slow 4G and CPU), driving the system Chromium. Lighthouse 12
 * no longer audits installability: tests/e2e/production/offline-shell.spec.ts asks Chromium itself
 * (Page.getInstallabilityErrors). Printed, never asserted.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium';
import type { Figure } from './harness';
import { serveProductionBuild } from './production';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** Lighthouse's own metrics worth printing beside the scores. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'interactive',
] as const;

export async function benchLighthouse(): Promise<Figure[]> {
  const server = await serveProductionBuild();
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    const result = await lighthouse(`${server.url}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    const figures: Figure[] = [
      { label: 'Lighthouse', value: `${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}` },
    ];
    for (const id of CATEGORIES) {
      const score = lhr.categories[id]?.score;
      figures.push({
        label: `${id} score`,
        value:
          score === null || score === undefined ? 'not scored' : String(Math.round(score * 100)),
      });
    }
    for (const id of METRICS) {
      const audit = lhr.audits[id];
      figures.push({ label: `  ${id}`, value: audit?.displayValue ?? 'not measured' });
    }
    const failed = Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs)
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (audit) =>
          audit !== undefined &&
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit?.id ?? '');
    figures.push({
      label: '  binary audits that failed',
      value: failed.length === 0 ? 'none' : [...new Set(failed)].join(', '),
    });
    return figures;
  } finally {
    chrome.kill();
    await server.close();
  }
}
