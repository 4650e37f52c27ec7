import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { wordDiff } from './wordDiff';

/**
 * A body diff a person can read: removed words struck through, added words underlined, both
 * coloured and named for screen readers (the <del>/<ins> elements carry the meaning).
 */
export const WordDiffView = ({ before, after }: { before: string; after: string }) => {
  const translate = useTranslate();
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <Box dir="auto" sx={{ lineHeight: 1.7, maxHeight: 320, overflow: 'auto', p: 1, bgcolor: 'action.hover', borderRadius: 1 }}>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text} </span>
        ) : p.kind === 'removed' ? (
          <Box component="del" key={i} title={translate('nd.workflow.conflict.removed')} sx={{ color: 'error.main', mr: 0.5 }}>
            {p.text}
          </Box>
        ) : (
          <Box component="ins" key={i} title={translate('nd.workflow.conflict.added')} sx={{ color: 'success.main', mr: 0.5 }}>
            {p.text}
          </Box>
        ),
      )}
    </Box>
  );
};
