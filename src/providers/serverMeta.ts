import { useQuery } from '@tanstack/react-query';
import { apiUrl } from './config';

/** `GET /api/meta`: what the backend says about itself, before anyone signs in. */
export interface ServerMeta {
  /** Non-null when the database holds the demo newsroom (its accounts may be listed). */
  demo: { resetByAnyone: boolean } | null;
}

const fetchMeta = async (): Promise<ServerMeta> => {
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
