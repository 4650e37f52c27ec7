// @vitest-environment node
import { Worker } from 'node:worker_threads';
import { closeServer, listen } from '../../../server/node/listen';

/**
 * A request that reaches a kept-alive connection while the server is busy (PGlite runs on the
 * event loop: a burst can hold it for seconds) must be answered once the server is free. With
 * Node's default 5 s keep-alive, the idle timer fired before the request was read and the
 * request was lost without an answer (bench/load.mjs counted about 140 per run).
 */

// The client runs in a worker thread, so that its clock keeps going while the server's event
// loop is held: it sends the second request on connection A while the server is busy.
const client = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const request = (path) => 'GET ' + path + ' HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nConnection: keep-alive\\r\\n\\r\\n';
(async () => {
  const a = net.connect(workerData.port, '127.0.0.1');
  let got = '';
  let closed = false;
  a.on('data', (d) => (got += d));
  a.on('close', () => (closed = true));
  a.on('error', () => {});
  a.write(request('/first'));
  while (!got.includes('first done')) await sleep(10);
  const b = net.connect(workerData.port, '127.0.0.1');
  b.on('error', () => {});
  b.write(request('/busy'));
  await sleep(700);
  got = '';
  a.write(request('/second'));
  const until = Date.now() + 20000;
  while (!got.includes('second done') && !closed && Date.now() < until) await sleep(10);
  parentPort.postMessage({ answered: got.includes('second done'), closed });
  a.destroy();
  b.destroy();
})();
`;

test('a request sent on a kept-alive connection while the server is busy for 6 s is answered', async () => {
  const busyMs = 6_000;
  const { server, port } = await listen(
    (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/busy') {
        const until = Date.now() + busyMs;
        while (Date.now() < until); // holds the event loop, as a long synchronous query does
      }
      return new Response(`${path.slice(1)} done`);
    },
    0,
    '127.0.0.1',
  );
  try {
    const worker = new Worker(client, { eval: true, workerData: { port } });
    const result = await new Promise<{ answered: boolean; closed: boolean }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(result).toEqual({ answered: true, closed: false });
  } finally {
    await closeServer(server, 1_000);
  }
}, 30_000);
