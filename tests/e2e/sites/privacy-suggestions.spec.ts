import { expect, test } from '../harness';
import { SITE_COMPOSERS } from './composers';
import { coach, finding, openSite, settled } from './site-page';
import { modelSelection, modelText } from './suggestion-edits';

/**
 * The client-privacy nudge's changes, clicked in each site's real editor through the same path as every suggestion:
 * the titled name becomes "een mevrouw", the age in brackets goes, the street becomes "de buurt"; after each the
 * editor's model holds exactly the expected text with the caret after the change, the nudge goes once nothing
 * identifies her, and one undo brings the street back (and the nudge with it).
 */
const DRAFT = 'Vandaag mevrouw Jansen (82) uit de Kerkstraat geholpen met haar schulden.';

for (const composer of SITE_COMPOSERS) {
  test(`privacy changes go into ${composer.site}'s editor exactly, and undo`, async ({ context }) => {
    const page = await openSite(context, composer.fixture, composer.url);
    for (const click of composer.open) await page.locator(click).click();
    const editor = page.locator(composer.editor);
    const expectModel = async (text: string, caret?: number) => {
      await expect.poll(() => modelText(editor)).toBe(text);
      if (caret !== undefined) expect(await modelSelection(editor)).toEqual([caret, caret]);
    };
    const take = async (name: string) => {
      // Quill and Lexical merge changes this close in time into one undo step (composers.ts).
      await page.waitForTimeout(composer.undoGroupMs ?? 0);
      await settled(coach(page).getByRole('button', { name })).click();
      // The next change waits for the coach to have read the new draft: its list reflows as a change goes.
      await expect(coach(page).getByRole('button', { name })).toHaveCount(0);
    };
    await editor.click();
    await page.keyboard.type(DRAFT);
    await expect(finding(page, 'privacy')).toBeVisible();

    await take('Replace “mevrouw Jansen” with “een mevrouw”');
    await expectModel('Vandaag een mevrouw (82) uit de Kerkstraat geholpen met haar schulden.', 'Vandaag een mevrouw'.length);
    await take('Leave out the age (82)');
    await expectModel('Vandaag een mevrouw uit de Kerkstraat geholpen met haar schulden.', 'Vandaag een mevrouw'.length);
    await take('Replace “uit de Kerkstraat” with “uit de buurt”');
    const vague = 'Vandaag een mevrouw uit de buurt geholpen met haar schulden.';
    await expectModel(vague, 'Vandaag een mevrouw uit de buurt'.length);
    await expect(finding(page, 'privacy')).toHaveCount(0);

    await page.keyboard.press('ControlOrMeta+z');
    await expectModel('Vandaag een mevrouw uit de Kerkstraat geholpen met haar schulden.');
    await expect(finding(page, 'privacy')).toBeVisible();
    await expect(coach(page).locator('[data-testid="edit-refused"]')).toHaveCount(0);
  });
}
