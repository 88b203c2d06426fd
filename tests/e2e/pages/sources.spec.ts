import { collectPageErrors, expect, openExtensionPage, test } from '../harness';
import { openXHome, typeDraft } from '../sidebar/x-page';

const HASHTAGS = 'p004-algemene-hashtags-zijn-daarbij-vrijwel';

test('"Read in context" in the sidebar on a site opens the Sources page at the passage', async ({ context }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Love #socialmedia today #marketing #business #success #motivation');
  const finding = page.locator('social-coach [data-rule="hashtags"]').first();
  await expect(finding).toBeVisible();
  await finding.getByRole('button', { name: 'Why?' }).click();
  // The page can't open the extension's pages: the background opens a new tab.
  const opened = context.waitForEvent('page');
  await finding.getByRole('button', { name: 'Read in context' }).click();
  const sources = await opened;
  const errors = collectPageErrors(sources);
  await expect(sources).toHaveURL(new RegExp(`/sources\\.html#${HASHTAGS}$`));
  const passage = sources.locator(`#${HASHTAGS}`);
  await expect(passage.locator('mark')).toHaveText('Algemene hashtags zijn daarbij vrijwel nutteloos geworden. Gebruik ze daarom spaarzaam en zo gericht mogelijk.');
  await expect(passage).toContainText('In English: “Generic hashtags have become almost useless.');
  await expect(passage).toBeInViewport();
  await expect(passage).toBeFocused();
  expect(errors).toEqual([]);
});

test('on the practice page, "Read in context" is a link to the passage', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'practice.html');
  await page.locator('[data-example="hashtag-wall"]').click();
  const finding = page.locator('.sc-coach [data-rule="hashtags"]').first();
  await finding.getByRole('button', { name: 'Why?' }).click();
  const link = finding.getByRole('link', { name: 'Read in context' });
  await expect(link).toHaveAttribute('href', `chrome-extension://${extensionId}/sources.html#${HASHTAGS}`);
  const opened = context.waitForEvent('page');
  await link.click();
  const sources = await opened;
  await expect(sources.locator(`#${HASHTAGS}`)).toBeInViewport();
});
