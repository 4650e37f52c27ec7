import type { ClipboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { useNotify } from 'react-admin';
import { TextIn } from '../common/TextIn';
import { parseCreditLine } from '../lib/creditLine';

/** A whole credit line has a separator or a label; a bare name is pasted as typed. */
const looksLikeCreditLine = (text: string) =>
  /[/|]|\s[-–—]\s|^\s*(photo|picture|credit|courtesy|تصوير|بعدسة|الصورة)|\b(via|for)\b|\bphotos?\b/i.test(
    text,
  );

/**
 * Pasting "Photo by NAME / AGENCY" (or "NAME/AFP", "AFP PHOTO / NAME", "تصوير NAME / AGENCY"…)
 * fills Photographer and Agency at once, the way credits arrive from the wire.
 */
export const PhotographerInput = () => {
  const { setValue } = useFormContext();
  const notify = useNotify();
  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!looksLikeCreditLine(text)) return;
    const parsed = parseCreditLine(text);
    if (!parsed.photographer && !parsed.agency) return;
    e.preventDefault();
    setValue('photographer', parsed.photographer, { shouldDirty: true, shouldValidate: true });
    setValue('agency', parsed.agency, { shouldDirty: true });
    notify('resources.photo-credits.pasted', { type: 'info' });
  };
  return (
    <TextIn
      source="photographer"
      isRequired
      onPaste={onPaste}
      helperText="resources.photo-credits.paste_help"
    />
  );
};
