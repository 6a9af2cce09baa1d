/**
 * The mocked association server as a small Node server (issue 14): the same msw handlers as in
 * the browser, over one MockSyncServer, so that two browsers (two colleagues) share it. The app
 * reaches it through its own origin (the preview or dev server's `/api` proxy), so the
 * Content-Security-Policy's `connect-src 'self'` holds. Run by `npm run team` and the e2e
 * harness; everything it holds is sealed, and fictional.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { getResponse, http, HttpResponse } from 'msw';
import { handlers, SHARED_SERVER_PATH } from './handlers';
import { MockSyncServer, syncHandlers } from './sync-server';

async function bodyOf(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function startTeamServer(port: number, host = '127.0.0.1'): Promise<Server> {
  const state = new MockSyncServer();
  const all = [
    ...handlers,
    ...syncHandlers(state),
    http.get(`*${SHARED_SERVER_PATH}`, () => HttpResponse.json({ shared: true })),
    // What the server holds and every request body it received: the e2e canary scans them.
    http.get(`*${SHARED_SERVER_PATH}/dump`, () =>
      HttpResponse.json({
        records: state.storedRecords(),
        requestBodies: state.requestBodies,
        // The scans' chunks as held, one character per byte: a scan for clear text reads them too.
        blobs: state.storedBlobs().map((bytes) => Buffer.from(bytes).toString('latin1')),
      }),
    ),
    // The e2e tests start each test from an empty association.
    http.post(`*${SHARED_SERVER_PATH}/reset`, () => {
      state.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers))
        if (typeof value === 'string') headers.set(name, value);
      const body = await bodyOf(incoming);
      const request = new Request(new URL(incoming.url ?? '/', `http://${host}:${String(port)}`), {
        method: incoming.method ?? 'GET',
        headers,
        body: body ? new Uint8Array(body) : undefined,
      });
      const response = await getResponse(all, request);
      if (!response) {
        outgoing.writeHead(404).end();
        return;
      }
      if (response.type === 'error') {
        outgoing.destroy();
        return;
      }
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      // Nothing about the request is logged: its path can carry ids.
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
