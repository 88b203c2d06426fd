import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '../harness';
import { SITE_COMPOSERS } from './composers';
import { coach, finding, openSite } from './site-page';

// The fixture editors expose their model (tests/e2e/editors/model.ts): what the site would post, not the DOM.
export const modelText = (editor: Locator) => editor.evaluate((el) => (window as unknown as { __model(el: Element): string }).__model(el));
export const modelSelection = (editor: Locator) =>
  editor.evaluate((el) => (window as unknown as { __modelSelection(el: Element): [number, number] }).__modelSelection(el));

async function expectModel(editor: Locator, text: string, caret?: number): Promise<void> {
  await expect.poll(() => modelText(editor)).toBe(text);
  if (caret !== undefined) expect(await modelSelection(editor)).toEqual([caret, caret]);
}

/**
 * The sidebar's suggestions, clicked in a post composer: a replacement inside a line, a question in a new paragraph
 * at the end, undo, and the question once more after an empty last line. After each, the editor's model holds
 * exactly the expected text, the caret sits right after the inserted text, and typing goes on from there.
 */
export async function expectSuggestionsTaken(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.type('Love #socialmedia today');
  await expectModel(editor, 'Love #socialmedia today');

  await finding(page, 'accessibility').locator('button.sc-suggestion').first().click();
  await expectModel(editor, 'Love #SocialMedia today', 17);
  await page.keyboard.type('!');
  const typed = 'Love #SocialMedia! today';
  await expectModel(editor, typed, 18);

  const ask = finding(page, 'call-to-action').locator('button.sc-suggestion').first();
  const question = (await ask.textContent()) ?? '';
  await ask.click();
  const asked = `${typed}\n\n${question}`;
  await expectModel(editor, asked, asked.length);

  // One undo takes the whole suggestion back (where the caret goes then is the editor's own choice).
  await page.keyboard.press('ControlOrMeta+z');
  await expectModel(editor, typed);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' ok');
  await page.keyboard.press('Enter');
  const openLine = `${typed} ok\n`;
  await expectModel(editor, openLine, openLine.length);

  // After an empty last line the question goes right below it.
  await ask.click();
  const appended = `${openLine}\n${question}`;
  await expectModel(editor, appended, appended.length);
  await page.keyboard.type(' Thanks');
  await expectModel(editor, `${appended} Thanks`, appended.length + 7);
  await expect(coach(page).locator('[data-testid="edit-refused"]')).toHaveCount(0);
}

/** Opens the site's main post composer (composers.ts) and checks every kind of suggestion in it. */
export async function expectSuggestionsTakenOn(context: BrowserContext, site: string): Promise<void> {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site)!;
  const page = await openSite(context, composer.fixture, composer.url);
  for (const click of composer.open) await page.locator(click).click();
  await expectSuggestionsTaken(page, page.locator(composer.editor));
}
