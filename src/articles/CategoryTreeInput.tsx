import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { SelectInput, useGetList, useLocale, type SelectInputProps } from 'react-admin';
import type { Category } from '../schemas';
import { pickLanguage } from '../common/BilingualField';

export interface TreeChoice {
  id: number;
  name: string;
  depth: number;
}

/** Sections in site order, each followed by its subsections (the server allows two levels). */
export const categoryTree = (categories: Category[], locale: string): TreeChoice[] => {
  const byParent = new Map<number | null, Category[]>();
  for (const c of categories) {
    const key = c.parentId ?? null;
    byParent.set(key, [...(byParent.get(key) ?? []), c]);
  }
  const order = (a: Category, b: Category) => a.position - b.position || a.id - b.id;
  const out: TreeChoice[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const c of (byParent.get(parent) ?? []).sort(order)) {
      out.push({ id: c.id, name: pickLanguage(c.name, locale).text, depth });
      if (depth < 4) walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
};

const optionText = (choice: TreeChoice) => (
  <Box
    component="span"
    sx={{ paddingInlineStart: choice.depth * 2.5, fontWeight: choice.depth ? 400 : 500 }}
  >
    {choice.name}
  </Box>
);

/**
 * The section picker of the form (`categoryId`) and of the list filter (`section`, which also
 * matches subsections): one request for every section (a newsroom has dozens, not thousands).
 */
export const CategoryTreeInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const locale = useLocale();
  const { data, isPending } = useGetList<Category>('categories', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'position', order: 'ASC' },
  });
  const choices = useMemo(() => categoryTree(data ?? [], locale), [data, locale]);
  return (
    <SelectInput
      choices={choices}
      optionText={optionText}
      isPending={isPending}
      translateChoice={false}
      {...props}
    />
  );
};
