import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { settled } from '../sites/site-page';
import { buttonAtIs, buttonLabelAt, HAZARD, overlap } from './settle-hazard';
import { draftText, openXHome, typeDraft } from './x-page';

const coach = (page: Page) => page.locator('social-coach');

/** The label of the suggestion or action under a point of the page, as a pointer resting there would hit it. */
const labelAt = (page: Page, x: number, y: number) => page.evaluate(buttonLabelAt, [x, y] as const);

// The hazard (./settle-hazard.ts): the user aims at one chip while the next analysis reorders the nudges, and the
// click lands on another. tests/e2e-firefox/settle-guard.spec.ts plays it in Firefox.
test('a chip that just slid under the pointer ignores the click; once it stood still the click applies its edit', async ({ context }) => {
  const page = await openXHome(context);
  const { first, tag, repeated } = HAZARD;
  const aimedAt = settled(coach(page).getByRole('button', { name: HAZARD.aimedAt }));
  const sliding = coach(page).getByRole('button', { name: HAZARD.sliding });

  // Where each chip stands in either draft: the pointer rests where the second will come over the first.
  await typeDraft(page, repeated);
  const over = (await settled(sliding).boundingBox())!;
  for (let i = 0; i < tag.length; i++) await page.keyboard.press('Backspace');
  await expect(sliding).toHaveCount(0);
  const shared = overlap(over, (await aimedAt.boundingBox())!);
  expect(shared.height, 'the chips overlap from one draft to the next').toBeGreaterThan(2);
  expect(shared.width, 'the chips overlap from one draft to the next').toBeGreaterThan(2);
  const { x, y } = shared;
  await page.mouse.move(x, y);
  expect(await labelAt(page, x, y)).toBe(HAZARD.aimedAt);

  // The user types on with the pointer resting on the chip; the analysis reorders the list under it.
  await page.keyboard.type(tag);
  await page.waitForFunction(buttonAtIs, [x, y, HAZARD.sliding] as const, { polling: 'raf' });
  await page.mouse.click(x, y);

  // The click was aimed at "Use #SocialMedia": neither that edit nor the one under the pointer went in.
  await expect(settled(sliding)).toBeVisible();
  expect(await draftText(page)).toBe(repeated);

  // Now it stood still where the user sees it: the same click removes the repeated tag.
  expect(await labelAt(page, x, y)).toBe(HAZARD.sliding);
  await page.mouse.click(x, y);
  await expect.poll(() => draftText(page)).toBe(first);
});

test('keyboard activation takes a suggestion at once, even one that just appeared', async ({ context }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Love #socialmedia today. What do you think?');
  const chip = coach(page).getByRole('button', { name: 'Use #SocialMedia' });
  await expect(chip).toHaveAttribute('data-settled', 'false');
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => draftText(page)).toBe('Love #SocialMedia today. What do you think?');
});
