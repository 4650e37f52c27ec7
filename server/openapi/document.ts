import { z } from 'zod';
import { components, inputComponents, type ComponentName } from './schemas';
import { endpoints, type Endpoint } from './endpoints';

/**
 * `GET /api/openapi.json`: OpenAPI 3.1 (whose schemas are JSON Schema 2020-12, what zod 4's
 * `z.toJSONSchema` writes) built from the endpoint list and the zod schemas.
 */

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });

const reasons: Record<number, string> = {
  400: 'Invalid input', 401: 'Not signed in, or the session ended', 403: 'The role may not do this',
  404: 'Unknown id', 409: 'Conflict: stale version, duplicate, or still in use', 413: 'Body over 5 MB',
  429: 'Too many failed sign-ins (Retry-After)', 500: 'Unexpected error (requestId)', 503: 'The database is unavailable',
};

const toSchema = (name: ComponentName) => {
  const schema: Record<string, unknown> = z.toJSONSchema(components[name], {
    io: inputComponents.has(name) ? 'input' : 'output',
    // Transforms (trim, lower-case) and refinements have no JSON Schema; the types remain.
    unrepresentable: 'any',
  });
  // The document says which dialect its schemas use (OpenAPI 3.1: JSON Schema 2020-12).
  delete schema.$schema;
  return schema;
};

const operation = (e: Endpoint) => {
  const answer = e.answer === undefined || e.answer === null ? null : Array.isArray(e.answer) ? { type: 'array', items: ref(e.answer[0]) } : ref(e.answer);
  const errors = [...(e.public ? [] : [401, 403]), ...(e.errors ?? []), ...(e.body ? [413] : []), 500];
  const params = [...e.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name, in: 'path', required: true, schema: name === 'date' ? { type: 'string', format: 'date' } : { type: 'integer', minimum: 1 },
  }));
  const query = (e.query ?? []).map((q) => ({
    name: q.name, in: q.in ?? 'query', required: false, description: q.description,
    schema: { type: q.type ?? 'string', ...(q.enum ? { enum: q.enum } : {}) },
  }));
  const isList = Array.isArray(e.answer);
  return {
    tags: [e.tag],
    summary: e.summary,
    ...(e.public ? { security: [] } : {}),
    ...(params.length || query.length ? { parameters: [...params, ...query] } : {}),
    ...(e.body ? { requestBody: { required: true, content: json(ref(e.body)) } } : {}),
    responses: {
      [e.status ?? 200]: {
        description: 'Success',
        ...(isList ? { headers: { 'Content-Range': { description: '{resource} {first}-{last}/{total}, or /* under Prefer: count=none while more rows follow', schema: { type: 'string' } } } } : {}),
        ...(answer ? { content: json(answer) } : {}),
      },
      ...Object.fromEntries([...new Set(errors)].map((s) => [s, { description: reasons[s] ?? 'Error', content: json(ref('Error')) }])),
    },
  };
};

export const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)/g, '{$1}');

export const openApiDocument = () => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) (paths[`/api${openApiPath(e.path)}`] ??= {})[e.method] = operation(e);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsdesk REST API',
      version: '1',
      description: 'The contract of ra-data-simple-rest plus authentication, metrics and editorial actions. See the README, "The REST contract".',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: Object.fromEntries((Object.keys(components) as ComponentName[]).map((n) => [n, toSchema(n)])),
    },
    security: [{ bearer: [] }],
  };
};
