import { expect, inject, it } from 'vitest';
import { launchPersistent } from './browser.ts';

const baseUrl = inject('baseUrl');

it('the app is installable: Chromium reports no installability errors', async () => {
  const { context, close } = await launchPersistent();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);

    const manifest = await (await page.request.get(`${baseUrl}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' });
    expect(manifest.icons.map((i: { purpose: string }) => i.purpose).sort()).toEqual([
      'any',
      'any',
      'maskable',
    ]);
    expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
    expect(await page.locator('meta[name="theme-color"]').count()).toBe(2);
  } finally {
    await close();
  }
});
