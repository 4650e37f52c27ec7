import Box from '@mui/material/Box';
import { SimpleList } from 'react-admin';
import type { Article } from '../../schemas';
import { StatusChip } from '../StatusChip';
import { ArticleTime } from './ArticleTime';
import { ArticleTitle } from './ArticleTitle';
import { useBreakingFirst } from './useBreakingFirst';
import { useRowClick } from './useRowClick';

/** Under 600 px: one line of headline, then the status and the time. */
export const ArticleSimpleList = () => {
  const data = useBreakingFirst();
  const { rowClick } = useRowClick();
  return (
    <SimpleList<Article>
      data={data}
      linkType={rowClick}
      primaryText={() => <ArticleTitle />}
      secondaryText={() => (
        <Box
          component="span"
          sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}
        >
          <StatusChip />
          <ArticleTime />
        </Box>
      )}
    />
  );
};
