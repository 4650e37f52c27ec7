// Gzip bytes of the JavaScript a page needs, as Chromium actually loads it from the production build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BASE, kB, launch, signIn } from './lib.mjs';

const isBackend = (name, text) => name.startsWith('browser-') || text.includes('[MSW]');

function measure(urls) {
  const groups = { app: 0, backend: 0 };
  const rows = [];
  for (const url of urls) {
    const file = new URL(url).pathname;
    const text = readFileSync(`dist${file}`, 'utf8');
    const gz = gzipSync(text, { level: 9 }).length;
    const name = file.split('/').pop();
    const group = isBackend(name, text) ? 'backend' : 'app';
    groups[group] += gz;
    rows.push({ name, gz, group });
  }
  return { groups, rows };
}

async function scriptsFor(browser, go) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.url().startsWith(BASE)) urls.add(r.url());
  });
  await go(page, urls);
  await context.close();
  return [...urls];
}

export async function bundleBench({ editorCheck = [] } = {}) {
  const browser = await launch();
  const login = await scriptsFor(browser, async (page) => {
    await page.goto(`${BASE}/#/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
  const list = await scriptsFor(browser, async (page, urls) => {
    await signIn(page);
    urls.clear();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.goto(`${BASE}/#/articles`);
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
  });
  await browser.close();
  const l = measure(login);
  const a = measure(list);
  console.log(`login page JS (gzip): app ${kB(l.groups.app)}, embedded backend ${kB(l.groups.backend)}`);
  console.log(`articles list JS (gzip): app ${kB(a.groups.app)}, embedded backend ${kB(a.groups.backend)}`);
  for (const r of a.rows) console.log(`  ${r.group.padEnd(7)} ${kB(r.gz).padStart(9)}  ${r.name}`);
  for (const marker of editorCheck) {
    const hit = a.rows.filter((r) => readFileSync(`dist/assets/${r.name}`, 'utf8').includes(marker));
    console.log(`articles list JS containing "${marker}": ${hit.length ? hit.map((r) => r.name).join(', ') : 'none'}`);
  }
}
