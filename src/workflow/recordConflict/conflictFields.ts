/** Fields the server owns: never offered in a conflict, never compared. */
const serverOwned = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'articleCount',
  'usageCount',
  'lastLoginAt',
]);

export interface FieldDifference {
  /** Dotted path (`name.en`), as the form's inputs name their source. */
  field: string;
  theirs: unknown;
  mine: unknown;
}

const flatten = (value: unknown, prefix = '', out: Record<string, unknown> = {}) => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value))
      if (!prefix && serverOwned.has(k)) continue;
      else flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out[prefix] = value;
  return out;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/** The fields whose stored value (theirs) differs from the form's (mine), in the form's order. */
export const differences = (theirs: object, mine: object): FieldDifference[] => {
  const t = flatten(theirs);
  const m = flatten(mine);
  return Object.keys(m)
    .filter((field) => field in t && !same(t[field], m[field]))
    .map((field) => ({ field, theirs: t[field], mine: m[field] }));
};
