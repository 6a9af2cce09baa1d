// TEMPORARY diagnostic runner, deleted after use.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/find-chromium';
const server = await createServer({ root: process.cwd(), mode: 'bench', logLevel: 'silent', cacheDir: 'node_modules/.vite-bench', optimizeDeps: { entries: ['tests/bench/browser/scratch-profile.html'] }, server: { host: '127.0.0.1', port: 0, hmr: false, watch: null } });
await server.listen();
const a = server.httpServer!.address() as { port: number };
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${a.port}/tests/bench/browser/scratch-profile.html`);
  await page.waitForFunction(() => 'scratchAll' in window);
  const res = await page.evaluate(() => (window as any).scratchAll(3));
  console.log(JSON.stringify(res, null, 1));
  // CPU profile of one createMany
  await page.evaluate(() => (window as any).scratch.createManyOnce());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(() => (window as any).scratch.createManyOnce());
  const { profile } = await cdp.send('Profiler.stop');
  console.log('profiled createMany ms', ms);
  writeFileSync('/tmp/createMany.cpuprofile', JSON.stringify(profile));
  // self time per function
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  console.log([...self].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
} finally { await browser.close(); await server.close(); }
