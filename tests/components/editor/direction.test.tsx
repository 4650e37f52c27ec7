import { screen } from '@testing-library/react';
import { renderBodyInput, textbox } from './renderBodyInput';

describe('direction follows the article’s Language, not the interface’s', () => {
  it('is left-to-right for an English article', () => {
    renderBodyInput({ articleLang: 'en' });
    expect(textbox()).toHaveAttribute('dir', 'ltr');
    expect(textbox()).toHaveAttribute('lang', 'en');
  });

  it('is right-to-left for an Arabic article in the English interface', () => {
    renderBodyInput({ articleLang: 'ar', body: '<p>أغلقت الفيضانات طرقًا في البصرة</p>' });
    expect(textbox()).toHaveAttribute('dir', 'rtl');
    expect(textbox()).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('status', { name: 'Length' })).toHaveTextContent(
      '5 words · 1 min read',
    );
  });

  it('switches when the Language field changes', async () => {
    const { user } = renderBodyInput({ articleLang: 'en' });
    const language = screen.getByLabelText('Language');
    await user.clear(language);
    await user.type(language, 'ar');
    expect(textbox()).toHaveAttribute('dir', 'rtl');
    await user.clear(language);
    await user.type(language, 'en');
    expect(textbox()).toHaveAttribute('dir', 'ltr');
  });

  it('takes a lang prop over the form value', () => {
    renderBodyInput({ articleLang: 'en', lang: 'ar' });
    expect(textbox()).toHaveAttribute('dir', 'rtl');
  });
});
