/**
 * `npm run team`: the demo build served with the shared mock server, so that two browsers (or a
 * normal and a private window) can be two colleagues of one association. Also the e2e harness's
 * server for the tests of sharing between devices.
 *
 *   tsx src/mocks/node-serve-team-demo.ts [--port 4174] [--out dist-demo]
 */
import { createServer } from 'node:net';
import { preview } from 'vite';
import { startTeamServer } from './node-team-server';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const port = Number(option('port', '4174'));
const outDir = option('out', process.env.DEMO_OUT_DIR ?? 'dist-demo');
const apiPort = await freePort();
await startTeamServer(apiPort);
const app = await preview({
  mode: 'demo',
  build: { outDir },
  preview: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: { '/api': `http://127.0.0.1:${String(apiPort)}` },
  },
});
const shown = app.resolvedUrls?.local[0] ?? `http://127.0.0.1:${String(port)}/`;
process.stdout.write(
  `Passerelle (demo, shared mock server): ${shown}\nOpen it in two browsers (or a normal and a private window): two colleagues.\n`,
);
