import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '../harness';
import { SITE_COMPOSERS } from './composers';
import { coach, finding, openSite, settled } from './site-page';

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
 * at the end, undo, the question once more after an empty last line, and a repeated tag removed, then undone. After
 * each, the editor's model holds exactly the expected text, the caret sits right after the inserted text (where the
 * removed text was), and typing goes on from there.
 *
 * `undoGroupMs`: editors that merge every change within a time window into one undo step (Quill: 1 s from the first
 * change of a step) would take the user's last keys back with the suggestion; the user here pauses that long before
 * a suggestion that is undone, as one does when moving to the sidebar.
 */
export async function expectSuggestionsTaken(page: Page, editor: Locator, undoGroupMs = 0): Promise<void> {
  await editor.click();
  await page.keyboard.type('Love #socialmedia today');
  await expectModel(editor, 'Love #socialmedia today');

  await settled(finding(page, 'accessibility').locator('button.sc-suggestion').first()).click();
  await expectModel(editor, 'Love #SocialMedia today', 17);
  await page.keyboard.type('!');
  const typed = 'Love #SocialMedia! today';
  await expectModel(editor, typed, 18);

  const ask = settled(finding(page, 'call-to-action').locator('button.sc-suggestion').first());
  const question = (await ask.textContent()) ?? '';
  await page.waitForTimeout(undoGroupMs);
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
  const thanked = `${appended} Thanks`;
  await expectModel(editor, thanked, thanked.length);

  // A repeated tag removed with the space before it: the caret stays where it was, and one undo brings it back. The
  // closing block tags twice (the first #SocialMedia is a word of its sentence, which no closing tag repeats).
  await page.keyboard.type(' #SocialMedia #SocialMedia');
  const tagged = `${thanked} #SocialMedia`;
  const repeated = `${tagged} #SocialMedia`;
  await expectModel(editor, repeated, repeated.length);
  await page.waitForTimeout(undoGroupMs);
  await settled(coach(page).getByRole('button', { name: 'Remove the repeated #SocialMedia' })).click();
  await expectModel(editor, tagged, tagged.length);
  await page.keyboard.press('ControlOrMeta+z');
  await expectModel(editor, repeated);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('!');
  await expectModel(editor, `${repeated}!`, repeated.length + 1);
  await expect(coach(page).locator('[data-testid="edit-refused"]')).toHaveCount(0);
}

/** Opens the site's main post composer (composers.ts) and checks every kind of suggestion in it. */
export async function expectSuggestionsTakenOn(context: BrowserContext, site: string): Promise<void> {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site)!;
  const page = await openSite(context, composer.fixture, composer.url);
  for (const click of composer.open) await page.locator(click).click();
  await expectSuggestionsTaken(page, page.locator(composer.editor), composer.undoGroupMs);
}
