import { http } from 'msw';

/** What the handlers need of the backend app (the Hono app, or a promise of it while it starts). */
export interface Backend {
  fetch(request: Request): Response | Promise<Response>;
}

/**
 * MSW hands every `/api` request, on any origin, to the backend app: the same Hono app the
 * Node server runs, here on the in-memory store. Nothing else lives in mocks/.
 */
export const handlersFor = (app: Backend) => [http.all('*/api/*', ({ request }) => app.fetch(request))];
