import { expect, test } from '../harness';
import { coach, finding, openSite } from '../sites/site-page';
import { readStorage } from '../pages/seed';

const POST =
  'Vandaag spraken we met twaalf buurtbewoners over eenzaamheid in de wijk. Wat ons opviel: bijna iedereen kent wel iemand die de deur nauwelijks uitkomt. Hoe pak jij dit aan?';

// The whole path: the X tab reports a fingerprint, the background keeps it, and the background's analysis of the
// LinkedIn draft finds the copy. Only the fingerprint is stored; drafts are analysed in memory.
// Two long drafts typed key by key into the real editors: slow on a busy machine.
test.slow();

test('the same text posted on X and then typed on LinkedIn is flagged as a cross-post', async ({ context, worker }) => {
  const x = await openSite(context, 'x.html', 'https://x.com/home');
  await x.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await x.keyboard.type(POST);
  await expect(coach(x).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'x');
  await expect(finding(x, 'cross-post')).toHaveCount(0);
  await x.locator('[data-testid="tweetButton"]').click();
  await expect(x.locator('[role="dialog"] [data-testid="tweetTextarea_0"]')).toHaveCount(0);
  // The background keeps the fingerprint a moment after the click (0.2–0.3 s here; it was 2.5–3.4 s while every
  // settings read asked the browser's managed storage afresh: background/policy-cache.ts).
  await expect.poll(async () => ((await readStorage(worker)).local.fingerprints as unknown[] | undefined)?.length ?? 0, { timeout: 30_000 }).toBe(1);

  const linkedin = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await linkedin.locator('#start-post').click();
  await linkedin.locator('#interop-outlet .ql-editor').click();
  await linkedin.keyboard.type(POST);
  await expect(finding(linkedin, 'cross-post')).toBeVisible();
  // Made personal for LinkedIn, it no longer reads as the same post.
  await linkedin.keyboard.press('ControlOrMeta+A');
  await linkedin.keyboard.type('Voor wie in de zorg werkt: drie lessen uit ons buurtgesprek over eenzaamheid, met wat wij nu anders doen. Wat werkt bij jullie?');
  await expect(finding(linkedin, 'cross-post')).toHaveCount(0);
});
