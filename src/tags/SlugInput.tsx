import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { slugify } from '../lib/slugify';
import { TextIn } from '../common/TextIn';

/**
 * The slug follows the name it is made from (`from`), until someone edits the slug by hand: a
 * record whose slug no longer matches its name keeps it (renaming a tag must not silently
 * change a published address the newsroom chose).
 */
export const SlugInput = ({ from }: { from: string }) => {
  const { setValue, getValues } = useFormContext();
  const name = useWatch({ name: from }) as string | undefined;
  const follows = useRef<boolean | null>(null);
  if (follows.current === null) {
    const slug = getValues('slug') as string | undefined;
    follows.current = !slug || slug === slugify(String(getValues(from) ?? ''));
  }
  useEffect(() => {
    if (follows.current && name !== undefined) setValue('slug', slugify(name), { shouldDirty: true });
  }, [name, setValue]);
  return (
    <TextIn
      source="slug"
      isRequired
      slotProps={{ htmlInput: { dir: 'ltr' } }}
      helperText="resources.tags.slug_help"
      onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
        follows.current = e.target.value === '' || e.target.value === slugify(String(getValues(from) ?? ''));
      }}
    />
  );
};
