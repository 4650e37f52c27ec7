import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../lib/numbers';
import { SignInThrottled } from '../providers/signInErrors';

/** Why a sign-in failed, in the UI language; a throttled one says when to try again. */
export const SignInError = ({ error, fallback }: { error: unknown; fallback: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (error instanceof SignInThrottled) {
    const time = new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit' }).format(error.retryAt);
    return <>{translate('nd.auth.throttled', { time })}</>;
  }
  const key = error instanceof Error ? error.message : fallback;
  return <>{translate(key, { _: translate(fallback) })}</>;
};
