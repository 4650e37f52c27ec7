import { act } from '@testing-library/react';
import gdocs from './fixtures/gdocs.html?raw';
import word from './fixtures/word.html?raw';
import { editorOf, expectBody, renderBodyInput } from './renderBodyInput';

const paste = (html: string) => act(() => editorOf().view.pasteHTML(html));

describe('pasting from Word and Google Docs', () => {
  it('keeps the structure of a Word document and nothing of its styling', async () => {
    renderBodyInput();
    await paste(word);
    await expectBody(
      '<h2>US, Japan sign agreement on ‘securing’ rare earths supply</h2>' +
        '<p><strong>TOKYO</strong> — The United States and Japan on Tuesday signed an agreement on securing the supply of <em>rare earths</em>, the minerals used in everything from smartphones to fighter jets.</p>' +
        '<h2>What the deal covers</h2>' +
        '<ul><li><p>Joint stockpiling of critical minerals</p><ul><li><p>including gallium and germanium</p></li></ul></li><li><p>Shared processing capacity</p></li></ul>' +
        '<h3>Next steps</h3>' +
        '<ol><li><p>Ratification by both parliaments</p></li><li><p>Talks with Australia and Canada</p></li></ol>' +
        '<p>Read the <a target="_blank" rel="noopener noreferrer" href="https://www.afp.com/en/news-hub">full AFP report</a>, or write to <a target="_blank" rel="noopener noreferrer" href="mailto:desk@newsdesk.test">the desk</a>. Earlier estimates were <s>$3 billion</s> <u>revised upward</u>.</p>' +
        '<p>bur-jug-aph/ami</p>',
    );
  });

  it('keeps the structure of a Google Docs document and drops its wrapper and empty lines', async () => {
    renderBodyInput();
    await paste(gdocs);
    await expectBody(
      '<h2>Flooding closes roads in Basra</h2>' +
        '<p><strong>BASRA</strong>, Iraq — Heavy rain driven by a late <em>shamal</em> wind flooded low-lying districts on Sunday.</p>' +
        '<h2>Roads closed</h2>' +
        '<ul><li><p>Highway 6 north of the city</p><ul><li><p>the Shatt al-Arab bridge approach</p></li></ul></li><li><p>Al-Jumhuriya street</p></li></ul>' +
        '<h3>Advice to residents</h3>' +
        '<ol><li><p>Stay away from the river banks</p></li><li><p>Boil drinking water</p></li></ol>' +
        '<p>Forecasts are published by <a target="_blank" rel="noopener noreferrer" href="https://meteo.gov.iq/">the meteorology office</a>; the <s>earlier</s> toll was <u>revised</u>.</p>' +
        '<p>أغلقت الفيضانات طرقًا في البصرة.</p>',
    );
  });

  it('filters pasted links to http, https and mailto', async () => {
    renderBodyInput();
    await paste(
      '<p><a href="javascript:alert(1)">one</a> <a href="data:text/html,x">two</a> <a href="https://ok.test" rel="opener" class="x">three</a></p>',
    );
    await expectBody(
      '<p>one two <a target="_blank" rel="noopener noreferrer" href="https://ok.test">three</a></p>',
    );
  });
});
