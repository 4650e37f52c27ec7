import { screen, within } from '@testing-library/react';
import { Form, SelectInput, TextInput } from 'react-admin';
import { PublishChecklist } from '../../../src/workflow';
import { renderInAdmin } from './harness';

const statuses = [
  { id: 'draft', name: 'Draft' },
  { id: 'published', name: 'Published' },
];
const words = (n: number) => `<p>${'word '.repeat(n)}</p>`;

const renderChecklist = (record: Record<string, unknown>) =>
  renderInAdmin(
    <Form record={{ id: 1, ...record }}>
      <SelectInput source="status" choices={statuses} />
      <TextInput source="summary" />
      <PublishChecklist />
    </Form>,
  );

test('appears when the editor chooses to publish, listing what is missing, and follows typing', async () => {
  const { user } = renderChecklist({
    status: 'draft', title: 'Basra terminal', summary: '', body: words(12), categoryId: 9, authorId: null,
    featuredImage: { url: 'https://example.org/a.jpg', alt: '', caption: '', photoCreditId: 4 },
  });
  expect(screen.queryByRole('region', { name: 'Before publishing' })).not.toBeInTheDocument();
  await user.click(screen.getByLabelText('Status'));
  await user.click(await screen.findByRole('option', { name: 'Published' }));

  const panel = screen.getByRole('region', { name: 'Before publishing' });
  expect(within(panel).getByRole('status')).toHaveTextContent('4 items missing');
  for (const missing of ['A summary', 'A body of at least 50 words (12 now)', 'An author', 'Alt text for the featured image']) {
    expect(within(panel).getByRole('button', { name: missing })).toBeInTheDocument();
  }
  expect(within(panel).getByText('A title')).toBeInTheDocument();

  await user.click(within(panel).getByRole('button', { name: 'A summary' }));
  expect(screen.getByLabelText('Summary')).toHaveFocus();
  await user.keyboard('Exports double.');
  expect(within(panel).getByRole('status')).toHaveTextContent('3 items missing');
});

test('says Ready to publish when every item is there', () => {
  renderChecklist({
    status: 'published', title: 'Basra terminal', summary: 'Exports double.', body: words(60), categoryId: 9, authorId: 3,
    featuredImage: null,
  });
  expect(screen.getByRole('status')).toHaveTextContent('Ready to publish');
});
