import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { useMemo } from 'react';
import { bodyStyles } from './bodyStyles';
import { sanitizeBody } from './sanitize';

export type SafeHtmlProps = {
  /** A stored body. Sanitised again here: what is stored may predate today's rules. */
  html: string | null | undefined;
  /** Direction of the article's language (`rtl` for Arabic); also aligns the text. */
  dir?: 'ltr' | 'rtl';
  lang?: string;
  sx?: SxProps<Theme>;
};

/** A body for preview, show and list views, rendered only after sanitizeBody. */
export const SafeHtml = ({ html, dir, lang, sx }: SafeHtmlProps) => {
  const clean = useMemo(() => sanitizeBody(html ?? ''), [html]);
  return (
    <Box
      dir={dir}
      lang={lang}
      sx={[bodyStyles, ...(Array.isArray(sx) ? sx : [sx])]}
      // Safe: the string comes out of sanitizeBody just above.
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
};
