import { useEffect, useRef, useState } from 'react';
import { useRecordContext } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Article } from '../../schemas';
import { slugOrFallback, slugify } from '../../lib/slugify';
import { TextIn } from '../../common/TextIn';

const ltr = { htmlInput: { dir: 'ltr', spellCheck: false } };

/**
 * Slug filled from the title until the editor types in it (clearing it hands it back to the
 * title). An Arabic title is transliterated; a title with nothing to transliterate gets an
 * id-based slug (a timestamp before the article has an id). A live article's slug is never
 * rewritten on its own: that would break every link already shared.
 */
export const SlugInput = () => {
  const record = useRecordContext<Article>();
  const { setValue, getValues } = useFormContext();
  const title = (useWatch({ name: 'title' }) as string | undefined) ?? '';
  const [createdAt] = useState(() => new Date());
  const follows = useRef(
    !record?.id ||
      !record.slug ||
      (record.status !== 'published' &&
        record.status !== 'archived' &&
        record.slug === slugify(record.title)),
  );

  useEffect(() => {
    if (!follows.current || !title.trim()) return;
    const next = slugOrFallback(title, record?.id ?? createdAt);
    // Only a real change: rewriting the same value would clear a server error (duplicate slug).
    if (getValues('slug') !== next) setValue('slug', next, { shouldDirty: true });
  }, [title, record?.id, createdAt, setValue, getValues]);

  return (
    <TextIn
      source="slug"
      isRequired
      slotProps={ltr}
      onChange={(e: { target: { value: string } }) => {
        follows.current = e.target.value === '';
      }}
    />
  );
};
