import { http } from 'msw';
import type { App } from '../server/app';

/**
 * MSW hands every `/api` request, on any origin, to the backend app: the same Hono app the
 * Node server runs, here on the in-memory store. Nothing else lives in mocks/.
 */
export const handlersFor = (app: App) => [http.all('*/api/*', ({ request }) => app.fetch(request))];
