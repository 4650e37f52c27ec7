import type { z } from 'zod';

type Errors = { [key: string]: string | Errors };

const valueAt = (values: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    values,
  );
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Turns a zod schema into a react-admin form `validate` function. Messages in the schemas are
 * i18n keys (react-admin translates them under the field); zod's own English defaults, for
 * issues the schema did not word (an enum left empty), become "Required" or "Invalid value".
 */
export const zodValidate =
  (schema: z.ZodType) =>
  (values: Record<string, unknown>): Errors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Errors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const message = issue.message.startsWith('nd.')
        ? issue.message
        : isEmpty(valueAt(values, path))
          ? 'nd.validation.required'
          : 'nd.validation.invalid';
      let node = errors;
      path.slice(0, -1).forEach((key) => {
        if (typeof node[key] !== 'object') node[key] = {};
        node = node[key] as Errors;
      });
      const leaf = path.at(-1) ?? 'root';
      if (node[leaf] === undefined) node[leaf] = message;
    }
    return errors;
  };
