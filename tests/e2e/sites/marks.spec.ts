import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../harness';
import { SITE_COMPOSERS } from './composers';
import { finding, openSite } from './site-page';

/** The text of every range in one of the page's highlights (the registry is the document's, shared by all worlds). */
const marked = (page: Page, name: string) =>
  page.evaluate((highlight) => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(highlight) ?? [])].map((range) => range.toString()), name);

async function openComposer(page: Page, site: string): Promise<Locator> {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site)!;
  for (const click of composer.open) await page.locator(click).click();
  return page.locator(composer.editor);
}

for (const [site, fixture, url] of [
  ['x', 'x.html', 'https://x.com/home'],
  ['linkedin', 'linkedin.html', 'https://www.linkedin.com/feed/'],
] as const) {
  test(`${site}: the words a nudge is about are marked without touching the editor, clearly while pointed at`, async ({ context }) => {
    const page = await openSite(context, fixture, url);
    const editor = await openComposer(page, site);
    await editor.click();
    await page.keyboard.type('Love #socialmedia today');
    await expect(finding(page, 'accessibility')).toBeVisible();
    await expect.poll(() => marked(page, 'social-coach-nudge')).toContain('#socialmedia');
    const html = await editor.evaluate((el) => el.innerHTML);
    expect(html).not.toContain('social-coach');

    await finding(page, 'accessibility').hover();
    await expect.poll(() => marked(page, 'social-coach-nudge-pointed')).toEqual(['#socialmedia']);
    await editor.hover();
    await expect.poll(() => marked(page, 'social-coach-nudge-pointed')).toEqual([]);

    // Words typed before the tag move it: the mark follows.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('Oh I ');
    await expect.poll(() => editor.evaluate((el) => el.textContent)).toContain('Oh I Love');
    await expect.poll(() => marked(page, 'social-coach-nudge')).toContain('#socialmedia');
    expect(await editor.evaluate((el) => el.innerHTML)).not.toContain('social-coach');
  });
}

test('the mark styles live where the composer is: in LinkedIn\'s shadow root', async ({ context }) => {
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  const editor = await openComposer(page, 'linkedin');
  await editor.click();
  await page.keyboard.type('Love #socialmedia today');
  await expect(finding(page, 'accessibility')).toBeVisible();
  const adopted = () =>
    page.evaluate(() =>
      document
        .getElementById('interop-outlet')!
        .shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(social-coach-nudge)'))),
    );
  await expect.poll(adopted).toBe(true);
});
