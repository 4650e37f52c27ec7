import fc from 'fast-check';
import { inputSchemas, type WritableResource } from '../../../src/schemas';
import { call, NOW, withBackend, login } from '../backend';
import { invalidFields, validInputs } from './arbitraries';

withBackend();
const resources = Object.keys(validInputs) as WritableResource[];
const runs = { numRuns: 30 };

/** What the server stores for a valid input: the schema's normalisation, plus its own rules. */
const expected = (resource: WritableResource, input: Record<string, unknown>) => {
  const parsed = inputSchemas(() => new Date(NOW))[resource].parse(input) as Record<
    string,
    unknown
  >;
  if (resource === 'articles' && parsed.publishAt)
    parsed.publishAt = new Date(String(parsed.publishAt)).toISOString();
  // A category's position is its index among its siblings: the server clamps it to their count.
  if (resource === 'categories') delete parsed.position;
  return parsed;
};

/**
 * Unique keys are made fresh at each call, not at generation: fast-check replays a value while
 * shrinking, and a replayed slug or email would meet its own earlier copy.
 */
let call_n = 0;
const fresh = (input: Record<string, unknown>) => {
  call_n += 1;
  const out = { ...input };
  if (typeof out.slug === 'string') out.slug = `${out.slug}-c${call_n}`;
  if (typeof out.email === 'string' && out.email) out.email = `c${call_n}.${out.email}`;
  return out;
};

describe.each(resources)('%s input schema, through the server', (resource) => {
  test('valid inputs are accepted and read back equal', async () => {
    const token = await login('admin@newsdesk.test');
    await fc.assert(
      fc.asyncProperty(validInputs[resource], async (generated) => {
        const input = fresh(generated);
        const created = await call(token, 'POST', `/${resource}`, input);
        expect(created.status, JSON.stringify(created.json)).toBe(201);
        const read = await call(token, 'GET', `/${resource}/${String(created.json?.id)}`);
        expect(read.json).toMatchObject(expected(resource, input));
        if (resource === 'categories') {
          expect(read.json?.position).toBeGreaterThanOrEqual(0);
          expect(read.json?.position).toBeLessThanOrEqual(Number(input.position));
        }
      }),
      runs,
    );
  });

  test('an input with one broken field is refused with 400 and an error on that field', async () => {
    const token = await login('admin@newsdesk.test');
    const fields = invalidFields[resource];
    const broken = fc
      .tuple(validInputs[resource], fc.constantFrom(...Object.keys(fields)))
      .chain(([input, field]) =>
        fields[field].map((bad) => ({ input: { ...input, [field]: bad }, field })),
      );
    await fc.assert(
      fc.asyncProperty(broken, async ({ input, field }) => {
        const res = await call(token, 'POST', `/${resource}`, input);
        expect(res.status).toBe(400);
        const keys = Object.keys((res.json?.errors ?? {}) as object);
        expect(
          keys.some((k) => k === field || k.startsWith(`${field}.`)),
          `${field}: ${keys.join(', ')}`,
        ).toBe(true);
      }),
      runs,
    );
  });
});
