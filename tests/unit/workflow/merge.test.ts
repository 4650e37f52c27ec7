import { analyseConflict, buildMerge } from '../../../src/workflow/merge';
import { wordDiff } from '../../../src/workflow/wordDiff';

const base = { id: 1, version: 3, title: 'Base', summary: 'S', body: '<p>one two three</p>', tagIds: [1, 2], status: 'draft' as const };

describe('three-way merge of an article', () => {
  test('sorts fields into changed by both, by them only, by me only', () => {
    const mine = { ...base, title: 'Mine', body: '<p>one two three four</p>' };
    const theirs = { ...base, version: 4, title: 'Theirs', tagIds: [2, 1], status: 'published' as const };
    expect(analyseConflict(base, mine, theirs)).toEqual({ both: ['title'], onlyTheirs: ['tagIds', 'status'], onlyMine: ['body'] });
  });

  test('the same change on both sides is no conflict; empty, null and missing are equal', () => {
    const mine = { ...base, title: 'Same', summary: null };
    const theirs = { ...base, version: 4, title: 'Same', summary: '' };
    expect(analyseConflict(base, mine, { ...theirs, summary: undefined }).both).toEqual([]);
  });

  test('the merge takes their version, my own changes, and the choice per field (mine by default)', () => {
    const mine = { ...base, title: 'Mine', summary: 'My summary', body: '<p>mine</p>' };
    const theirs = { ...base, version: 4, title: 'Theirs', summary: 'Their summary', body: '<p>theirs</p>', status: 'published' as const };
    expect(buildMerge(base, mine, theirs, { title: 'theirs', body: 'both' })).toMatchObject({
      version: 4, title: 'Theirs', summary: 'My summary', body: '<p>theirs</p><p>mine</p>', status: 'published' as const,
    });
  });
});

describe('word diff', () => {
  test('keeps common words and shows removed and added runs in order', () => {
    expect(wordDiff('<p>The port opened on Monday.</p>', '<p>The new port opened on Tuesday.</p>')).toEqual([
      { kind: 'same', text: 'The' },
      { kind: 'added', text: 'new' },
      { kind: 'same', text: 'port opened on' },
      { kind: 'removed', text: 'Monday.' },
      { kind: 'added', text: 'Tuesday.' },
    ]);
  });

  test('a long body with one change in the middle diffs quickly', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const started = performance.now();
    const parts = wordDiff(long, long.replace('w2500', 'changed'));
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'w2500' },
      { kind: 'added', text: 'changed' },
    ]);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
