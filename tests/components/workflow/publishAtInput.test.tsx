import { fireEvent, screen } from '@testing-library/react';
import { Form } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PublishAtInput } from '../../../src/schedule';
import { renderInAdmin } from './harness';

const Stored = () => <output aria-label="stored">{String(useWatch({ name: 'publishAt' }))}</output>;

const renderInput = (publishAt: string | null) =>
  renderInAdmin(
    <Form record={{ id: 1, publishAt }}>
      <PublishAtInput />
      <Stored />
    </Form>,
  );

test('shows Publish at in the newsroom zone with UTC beside it, and stores UTC', () => {
  renderInput('2025-10-28T09:00:00.000Z');
  const input = screen.getByLabelText('Publish at');
  expect(input).toHaveValue('2025-10-28T12:00'); // Baghdad, UTC+3
  expect(input).toHaveAccessibleDescription(/UTC 2025-10-28 09:00 · Times in .*GMT\+3/);
  fireEvent.change(input, { target: { value: '2025-10-29T08:30' } });
  expect(screen.getByLabelText('stored')).toHaveTextContent('2025-10-29T05:30:00.000Z');
});

test('in a zone with daylight saving, a skipped time is explained and moved forward', () => {
  localStorage.setItem('newsdesk.timeZone', 'Europe/London');
  renderInput(null);
  const input = screen.getByLabelText('Publish at');
  fireEvent.change(input, { target: { value: '2026-03-29T01:30' } });
  expect(input).toHaveValue('2026-03-29T01:30'); // what was typed stays on screen
  expect(screen.getByLabelText('stored')).toHaveTextContent('2026-03-29T01:30:00.000Z');
  expect(input).toHaveAccessibleDescription(/does not exist in .* \(the clocks go forward\)/);
  fireEvent.change(input, { target: { value: '2026-10-25T01:30' } });
  expect(screen.getByLabelText('stored')).toHaveTextContent('2026-10-25T00:30:00.000Z');
  expect(input).toHaveAccessibleDescription(/happens twice .* the first one/);
});
