import { describe, expect, it } from 'vitest';
import { iso } from '../../../../server/seed/iso';
import { createRng } from '../../../../server/seed/random';

describe('the seed’s ISO formatter', () => {
  it('writes what Date#toISOString writes', () => {
    const rng = createRng(7);
    const now = Date.parse('2026-12-01T12:34:56.789Z');
    const instants = [0, now, now - 1, -1, Date.parse('2024-02-29T23:59:59.999Z'), now + 0.9];
    for (let i = 0; i < 20_000; i++) instants.push(now - rng.int(400 * 86_400_000) + rng.next());
    for (const ms of instants) expect(iso(ms)).toBe(new Date(ms).toISOString());
  });
});
