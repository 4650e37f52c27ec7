import { useQuery } from '@tanstack/react-query';
import { apiReady } from './apiReady';
import { apiUrl } from './config';

/** `GET /api/meta`: what the backend says about itself, before anyone signs in. */
export interface ServerMeta {
  /** Non-null when the database holds the demo newsroom (its accounts may be listed). */
  demo: { resetByAnyone: boolean } | null;
}

const fetchMeta = async (): Promise<ServerMeta> => {
  // In the in-browser demo, asked before the backend is up would reach the static file server.
  await apiReady.wait();
  const res = await fetch(`${apiUrl}/meta`);
  if (!res.ok) throw new Error(`GET /meta: ${res.status}`);
  return (await res.json()) as ServerMeta;
};

/**
 * The backend's meta, asked once per page load; undefined until it answers (or when it
 * cannot), so nothing that depends on demo data shows on a guess.
 */
export const useServerMeta = (): ServerMeta | undefined =>
  useQuery({ queryKey: ['newsdesk', 'meta'], queryFn: fetchMeta, staleTime: Infinity, retry: 1 }).data;
