import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { SimpleList, useTranslate } from 'react-admin';
import { useIntlLocale } from '../../common/localeFormat';
import { useNewsroomZone } from '../../common/timeZone';
import { zoneLabel } from '../../lib/time';
import type { Article } from '../../schemas';
import { StatusChip } from '../StatusChip';
import { ArticleTime } from './ArticleTime';
import { ArticleTitle } from './ArticleTitle';
import { useRowClick } from './useRowClick';

/** Under 600 px: one line of headline, then the status and the time; the zone named once. */
export const ArticleSimpleList = () => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const zone = useNewsroomZone();
  const { link } = useRowClick();
  return (
    <>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', px: 2, pt: 1 }}>
        {translate('resources.articles.list.times_in', { zone: zoneLabel(zone, locale) })}
      </Typography>
      <SimpleList<Article>
        linkType={link}
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
    </>
  );
};
