import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useEffect } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { formatInZone } from '../lib/time';
import { dateLocale } from '../common/timeZone';
import { useNewsroomZone } from '../schedule/timeZoneSetting';
import { useSaveBridge } from './saveBridge';
import { useLocalDraft } from './useLocalDraft';

/**
 * Goes inside the article's <SimpleForm>, under <ArticleSaveProvider>: hands the form to the
 * save provider, copies unsaved values to IndexedDB, and offers a copy left by a reload or crash.
 */
export const EditSafetyNet = () => {
  const translate = useTranslate();
  const locale = dateLocale(useLocale());
  const zone = useNewsroomZone();
  const form = useFormContext();
  const bridge = useSaveBridge();
  useEffect(() => {
    if (!bridge) return;
    bridge.form.current = form;
    return () => {
      bridge.form.current = null;
    };
  }, [bridge, form]);

  const { offer, restore, discard } = useLocalDraft({
    draftKey: bridge?.draftKey,
    base: () => bridge?.getBase() ?? null,
    onRestore: (base) => {
      if (base) bridge?.setBase(base);
    },
  });
  if (!offer) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 2, width: '100%' }}
      action={
        <>
          <Button color="inherit" size="small" onClick={restore}>{translate('nd.workflow.draft.restore')}</Button>
          <Button color="inherit" size="small" onClick={discard}>{translate('nd.workflow.draft.discard')}</Button>
        </>
      }
    >
      {translate('nd.workflow.draft.offer', { time: formatInZone(offer.savedAt, locale, zone) })}
    </Alert>
  );
};
