// The editor in Chromium on the production build: opening an article from the list until the
// body can be typed in, and keystroke-to-paint latency while typing into a 10,000-word article.
import { BASE, launch, median, percentile, signIn } from './lib.mjs';

const WORDS =
  'the ministry said on tuesday that talks would resume next week in baghdad after a pause'.split(
    ' ',
  );

/** A body of `words` words in paragraphs of 50 (with a heading every 20 paragraphs). */
const longBody = (words) => {
  const parts = [];
  for (let p = 0; p * 50 < words; p++) {
    if (p % 20 === 0) parts.push(`<h2>Section ${p / 20 + 1}</h2>`);
    const text = Array.from({ length: 50 }, (_, i) => WORDS[(p * 50 + i) % WORDS.length]).join(' ');
    parts.push(`<p>${text}.</p>`);
  }
  return parts.join('');
};

async function api(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { token } = JSON.parse(sessionStorage.getItem('newsdesk.session') ?? '{}');
      const res = await fetch(`/api${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res.json();
    },
    { method, path, body },
  );
}

async function openFromList(page, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${BASE}/#/articles`);
    const row = page.locator('tbody tr').nth(i + 1);
    await row.waitFor();
    const t0 = Date.now();
    await row.locator('td').nth(1).click();
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor({ timeout: 30_000 });
    times.push(Date.now() - t0);
  }
  return times;
}

/** In the page: keydown timestamp → the first task after the next frame (the paint). */
const installProbe = () => {
  window.__lat = [];
  document.addEventListener(
    'keydown',
    (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    },
    true,
  );
};

async function typing(page, keystrokes) {
  const article = await api(page, 'POST', '/articles', {
    title: 'Bench: ten thousand words',
    slug: `bench-long-${Date.now()}`,
    lang: 'en',
    status: 'draft',
    body: longBody(10_000),
  });
  await page.goto(`${BASE}/#/articles/${article.id}`);
  const editor = page.locator('.ProseMirror[contenteditable="true"]');
  await editor.waitFor({ timeout: 30_000 });
  const words = await page
    .getByText(/10,\d{3} words/)
    .first()
    .textContent();
  await editor.locator('p').nth(100).click();
  await page.keyboard.press('End');
  await page.evaluate(installProbe);
  const text = ' and officials added more detail';
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]);
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(300);
  return { lat: await page.evaluate(() => window.__lat), words };
}

export async function editorBench({ runs = 5, keystrokes = 200 } = {}) {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page);
  const open = await openFromList(page, runs);
  console.log(
    `list click → editor ready to type: median ${median(open)} ms over ${runs} runs (${open.join(', ')} ms; the first loads the editor chunk)`,
  );
  const { lat, words } = await typing(page, keystrokes);
  const f = (x) => x.toFixed(1);
  console.log(
    `typing into a 10,000-word body (${words}): keystroke → paint median ${f(median(lat))} ms, p95 ${f(percentile(lat, 95))} ms, max ${f(Math.max(...lat))} ms over ${lat.length} keystrokes`,
  );
  await browser.close();
}
