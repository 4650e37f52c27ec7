import fc from 'fast-check';
import { inputSchemas, type WritableResource } from '../../../src/schemas';
import { call, NOW, withBackend } from '../mocks/backend';
import { login } from '../../../mocks/node';
import { invalidFields, validInputs } from './arbitraries';

withBackend();
const resources = Object.keys(validInputs) as WritableResource[];
const runs = { numRuns: 30 };

/** What the server stores for a valid input: the schema's normalisation, plus its own rules. */
const expected = (resource: WritableResource, input: Record<string, unknown>) => {
  const parsed = inputSchemas(() => new Date(NOW))[resource].parse(input) as Record<string, unknown>;
  if (resource === 'articles' && parsed.publishAt) parsed.publishAt = new Date(String(parsed.publishAt)).toISOString();
  return parsed;
};

describe.each(resources)('%s input schema, through the server', (resource) => {
  test('valid inputs are accepted and read back equal', async () => {
    const token = await login('admin@newsdesk.test');
    await fc.assert(
      fc.asyncProperty(validInputs[resource], async (input) => {
        const created = await call(token, 'POST', `/${resource}`, input);
        expect(created.status, JSON.stringify(created.json)).toBe(201);
        const read = await call(token, 'GET', `/${resource}/${String(created.json?.id)}`);
        expect(read.json).toMatchObject(expected(resource, input));
      }),
      runs,
    );
  });

  test('an input with one broken field is refused with 400 and an error on that field', async () => {
    const token = await login('admin@newsdesk.test');
    const fields = invalidFields[resource];
    const broken = fc.tuple(validInputs[resource], fc.constantFrom(...Object.keys(fields))).chain(([input, field]) =>
      fields[field].map((bad) => ({ input: { ...input, [field]: bad }, field })),
    );
    await fc.assert(
      fc.asyncProperty(broken, async ({ input, field }) => {
        const res = await call(token, 'POST', `/${resource}`, input);
        expect(res.status).toBe(400);
        const keys = Object.keys((res.json?.errors ?? {}) as object);
        expect(keys.some((k) => k === field || k.startsWith(`${field}.`)), `${field}: ${keys.join(', ')}`).toBe(true);
      }),
      runs,
    );
  });
});
