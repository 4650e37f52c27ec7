import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on loopback between a server and its database, for fault tests: `pass`
 * forwards; `hang` keeps every connection open and accepts new ones but forwards nothing (a
 * database or network that stopped answering: the hardest case, since nothing fails by
 * itself); `refuse` closes every connection and stops listening (a stopped database: reset
 * connections, then ECONNREFUSED). Back to `pass`, connections from the fault are closed, as
 * after a partition or a restart, and new ones are forwarded again.
 */
export type ProxyMode = 'pass' | 'hang' | 'refuse';

export interface TcpProxy {
  port: number;
  mode(next: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

export const startTcpProxy = async (target: { host: string; port: number }, port: number): Promise<TcpProxy> => {
  let current: ProxyMode = 'pass';
  const sockets = new Set<Socket>();
  /** Connections that lived through a fault: never forwarded again. */
  const tainted = new WeakSet<Socket>();

  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (current === 'pass' && !tainted.has(from)) to.write(chunk);
    });

  const onConnection = (client: Socket) => {
    track(client);
    if (current !== 'pass') {
      tainted.add(client);
      return;
    }
    const upstream = connect(target.port, target.host);
    track(upstream);
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  let server: Server | null = null;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer(onConnection);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });

  await listen();
  return {
    port,
    async mode(next) {
      if (next === current) return;
      if (next === 'hang') for (const s of sockets) tainted.add(s);
      if (next === 'refuse') {
        await Promise.all([stopListening(), ...[...sockets].map((s) => s.destroy())]);
      }
      if (next === 'pass') {
        for (const s of sockets) if (tainted.has(s)) s.destroy();
        if (!server) await listen();
      }
      current = next;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await stopListening();
    },
  };
};

/** A free loopback port in [from, to): the fault tests keep to a range of their own. */
export const freePortIn = async (from = 18300, to = 18400): Promise<number> => {
  const span = to - from;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = from + ((start + i) % span);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to - 1}`);
};
