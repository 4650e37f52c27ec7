// @vitest-environment node
import { openApiPath } from '../../../server/openapi/document';
import { appFor, memoryStore } from './harness';

/** GET /api/openapi.json: public, and it describes every route the app serves, no more, no less. */

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

describe('the OpenAPI document', () => {
  test('is public and lists exactly the routes the app serves', async () => {
    const app = appFor(memoryStore());
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect([...documented].sort()).toEqual([...served].sort());
  });

  test('takes request bodies and records from the zod schemas the server validates with', async () => {
    const doc = (await (await appFor(memoryStore()).request('/api/openapi.json')).json()) as Doc;
    const put = doc.paths['/api/articles/{id}'].put;
    expect(put.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(put.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleInput' } } } });
    expect(Object.keys(put.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '413', '500']);
    const input = doc.components.schemas.ArticleInput;
    expect(input.properties?.status).toEqual(expect.objectContaining({ enum: ['draft', 'in_review', 'scheduled', 'published', 'archived'] }));
    // Input: fields with defaults may be left out; the stored record always has them.
    expect(input.required).not.toContain('status');
    expect(doc.components.schemas.Article.required).toEqual(expect.arrayContaining(['id', 'version', 'status', 'views']));
    expect(doc.paths['/api/articles'].get.parameters?.map((p) => `${p.in} ${p.name}`)).toEqual(['query sort', 'query range', 'query filter', 'header Prefer']);
    expect(doc.paths['/api/auth/login'].post.responses).toHaveProperty('429');
  });
});
