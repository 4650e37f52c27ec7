import { cleanPastedHtml } from '../../../src/editor/paste/cleanPastedHtml';
import gdocs from '../../components/editor/fixtures/gdocs.html?raw';
import word from '../../components/editor/fixtures/word.html?raw';

const fixture = (name: 'word' | 'gdocs') => ({ word, gdocs })[name];

describe('cleanPastedHtml', () => {
  it('reduces a Word clipboard to structure', () => {
    const html = cleanPastedHtml(fixture('word'));
    expect(html).not.toMatch(/class=|style=|<span|<o:p|mso-|<img|<!--|lang=|<v:/i);
    expect(html).toContain('<h2>US, Japan sign agreement on ‘securing’ rare earths supply</h2>');
    expect(html).toContain('<h2>What the deal covers</h2>');
    expect(html).toContain('<h3>Next steps</h3>');
    expect(html).toMatch(
      /<ul><li><p>Joint stockpiling of critical\s+minerals<\/p><ul><li><p>including gallium and germanium<\/p><\/li><\/ul><\/li><li><p>Shared processing capacity<\/p><\/li><\/ul>/,
    );
    expect(html).toContain(
      '<ol><li><p>Ratification by both parliaments</p></li><li><p>Talks with Australia and Canada</p></li></ol>',
    );
    expect(html).toContain('<strong>TOKYO</strong>');
    expect(html).toContain('<em>rare earths</em>');
    expect(html).toMatch(/<a href="https:\/\/www.afp.com\/en\/news-hub">full\s+AFP report<\/a>/);
    expect(html).not.toMatch(/<p>\s*<\/p>/);
    // No list markers left behind as text.
    expect(html).not.toMatch(/[·§]|>o\u00a0|1\.\u00a0/);
  });

  it('reduces a Google Docs clipboard to structure', () => {
    const html = cleanPastedHtml(fixture('gdocs'));
    expect(html).not.toMatch(
      /docs-internal-guid|style=|dir=|role=|aria-|<span|<b |<br|<img|<meta/i,
    );
    expect(html).toBe(
      '<h2>Flooding closes roads in Basra</h2>' +
        '<p><strong>BASRA</strong>, Iraq — Heavy rain driven by a late <em>shamal</em> wind flooded low-lying districts on Sunday.</p>' +
        '<h2>Roads closed</h2>' +
        '<ul><li><p>Highway 6 north of the city</p><ul><li><p>the Shatt al-Arab bridge approach</p></li></ul></li><li><p>Al-Jumhuriya street</p></li></ul>' +
        '<h3>Advice to residents</h3>' +
        '<ol><li><p>Stay away from the river banks</p></li><li><p>Boil drinking water</p></li></ol>' +
        '<p>Forecasts are published by <a href="https://meteo.gov.iq/">the meteorology office</a>; the <s>earlier</s> toll was <u>revised</u>.</p>' +
        '<p>أغلقت الفيضانات طرقًا في البصرة.</p>',
    );
  });

  it('unwraps links the editor refuses and keeps their text', () => {
    expect(
      cleanPastedHtml('<p><a href="javascript:alert(1)">x</a> <a href="#_Toc1">y</a></p>'),
    ).toBe('<p>x y</p>');
  });

  it('keeps the space a blank inline element stood for', () => {
    expect(cleanPastedHtml('<p>one<b> </b>two</p>')).toBe('<p>one two</p>');
  });
});
