// Cold loads of the article list with the 50,000-article seed: from navigation to the first visible row.
import { BASE, launch, median, signIn } from './lib.mjs';

export async function coldListBench({ runs = 5, seed = 50000 } = {}) {
  const browser = await launch();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'editor@newsdesk.test', `?seed=${seed}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(`${BASE}/#/articles`);
    await page.locator('tbody tr').first().waitFor({ state: 'visible', timeout: 60_000 });
    times.push(Date.now() - t0);
    await context.close();
  }
  await browser.close();
  console.log(`cold article list, ${seed} articles: median ${median(times)} ms over ${runs} runs (${times.join(', ')} ms)`);
}
