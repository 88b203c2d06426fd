import { collectPageErrors, expect, openExtensionPage, test } from '../harness';
import { seriousAxeViolations } from './axe';
import { seedStorage, weekOfData } from './seed';

/** A heading per page and language proves the right locale was picked from the browser language. */
const PAGES = [
  { file: 'popup.html', en: 'Today', nl: 'Vandaag' },
  { file: 'options.html', en: 'Daily time budget', nl: 'Dagelijks tijdbudget' },
  { file: 'practice.html', en: 'Try an example', nl: 'Probeer een voorbeeld' },
  { file: 'welcome.html', en: 'Where do you post for work?', nl: 'Waar post je voor je werk?' },
  { file: 'sources.html', en: 'Sources', nl: 'Bronnen' },
] as const;

for (const [locale, colorScheme] of [['en', 'light'], ['nl', 'light'], ['en', 'dark'], ['nl', 'dark']] as const) {
  test.describe(`pages in ${locale}, ${colorScheme}`, () => {
    test.use({ extensionLaunch: { locale, colorScheme } });

    for (const { file, ...headings } of PAGES) {
      test(`${file} renders without errors and passes axe`, async ({ context, extensionId, worker }) => {
        await seedStorage(worker, weekOfData(Date.now()));
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await page.goto(`chrome-extension://${extensionId}/${file}`);
        await expect(page.getByRole('heading', { name: headings[locale], exact: true })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        // On the practice page, check the coach with findings showing too, not only its empty state.
        if (file === 'practice.html') {
          await page.locator('[data-example="hashtag-wall"]').click();
          await expect(page.locator('.sc-coach [data-category="hashtags"]').first()).toBeVisible();
        }
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}

test('the popup shows the empty first day without errors', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(page.getByTestId('first-day')).toBeVisible();
  await expect(page.getByTestId('today')).toHaveAttribute('data-seconds', '0');
  expect(await seriousAxeViolations(page)).toEqual([]);
});
