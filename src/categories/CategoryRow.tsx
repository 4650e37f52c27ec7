import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RecordContextProvider, useCreatePath, useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Category } from '../schemas';
import { pickLanguage } from '../common/BilingualField';
import { useFormatNumber } from '../common/localeFormat';
import { CategoryDeleteButton } from './CategoryDeleteButton';
import { MoveButtons } from './MoveButtons';
import type { Move, TreeNode } from './tree';

interface Props {
  category: Category;
  level: 1 | 2;
  canEdit: boolean;
  tree: TreeNode[];
  busy: boolean;
  onMove: (category: Category, move: Move) => void;
  children?: ReactNode;
}

/** One section: its name in the UI language, slug, article count, and (for admins) its actions. */
export const CategoryRow = ({ category, level, canEdit, tree, busy, onMove, children }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const formatNumber = useFormatNumber();
  const { text, lang } = pickLanguage(category.name, useLocale());
  return (
    <>
      <ListItem
        divider
        sx={{ paddingInlineStart: level === 1 ? 2 : 6, flexWrap: 'wrap', gap: 1 }}
        aria-level={level}
        data-testid={`category-${category.slug}`}
      >
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flex: 1, minWidth: 200 }}>
          <Typography
            {...(canEdit
              ? { component: Link, to: createPath({ resource: 'categories', id: category.id, type: 'edit' }) }
              : { component: 'span' })}
            data-category={category.id}
            lang={lang}
            variant={level === 1 ? 'subtitle1' : 'body2'}
            sx={{ fontWeight: level === 1 ? 600 : 400, color: 'text.primary' }}
          >
            {text}
          </Typography>
          {/* bdi isolates the Latin slug, so an Arabic line does not move its slash to the end. */}
          <Typography component="bdi" variant="caption" color="text.secondary" dir="ltr">
            /{category.slug}
          </Typography>
        </Stack>
        <Chip
          size="small"
          label={translate('resources.categories.tree.articles', {
            smart_count: category.articleCount,
            count: formatNumber(category.articleCount),
          })}
        />
        {canEdit && (
          <RecordContextProvider value={category}>
            <MoveButtons tree={tree} category={category} busy={busy} onMove={onMove} />
            <CategoryDeleteButton />
          </RecordContextProvider>
        )}
      </ListItem>
      {children && (
        <Box component="li" sx={{ listStyle: 'none' }}>
          <List disablePadding dense>
            {children}
          </List>
        </Box>
      )}
    </>
  );
};
