import { act, render, screen } from '@testing-library/react';
import { AdminContext, RecordContextProvider, memoryStore } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { ZonedDateField } from '../../../src/common/ZonedDateField';
import { TIME_ZONE_KEY, setNewsroomZone } from '../../../src/schedule/timeZoneSetting';
import { createI18nProvider } from '../../../src/providers/i18nProvider';

const at = '2026-01-15T12:00:00.000Z';

const renderField = (locale: 'en' | 'ar', relative = false) =>
  render(
    <AdminContext i18nProvider={createI18nProvider()} store={memoryStore({ locale })}>
      <RecordContextProvider value={{ id: 1, at }}>
        <ZonedDateField source="at" relative={relative} />
      </RecordContextProvider>
    </AdminContext>,
  );

afterEach(() => localStorage.removeItem(TIME_ZONE_KEY));

describe('dates follow the newsroom zone chosen on the Schedule page', () => {
  it('shows Baghdad time by default, and New York time once that zone is chosen', async () => {
    renderField('en');
    expect(await screen.findByText(/3:00\s?PM/)).toBeTruthy();
    act(() => setNewsroomZone('America/New_York'));
    expect(await screen.findByText(/7:00\s?AM/)).toBeTruthy();
  });

  it('writes Arabic dates with Iraqi month names and Arabic-Indic digits', async () => {
    renderField('ar');
    expect(await screen.findByText(/كانون الثاني/)).toBeTruthy();
    expect(screen.getByText(/١٥/)).toBeTruthy();
  });

  it('gives a relative time in the UI language, with the exact time in its tooltip', async () => {
    renderField('ar', true);
    const time = await screen.findByText(/قبل|خلال/);
    expect(time.getAttribute('title')).toMatch(/كانون الثاني/);
  });
});
