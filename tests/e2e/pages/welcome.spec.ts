import type { BrowserContext } from '@playwright/test';
import { collectPageErrors, expect, openExtensionPage, test, waitForWelcome } from '../harness';
import { homeComposer, openXHome } from '../sidebar/x-page';

/** The mode the sidebar shows on x.com once its composer is focused. */
async function sidebarModeOnX(context: BrowserContext) {
  const page = await openXHome(context);
  await homeComposer(page).click();
  return page.locator('social-coach .sc-sidebar');
}

test.describe('in a Dutch browser', () => {
  test.use({ extensionLaunch: { locale: 'nl', welcome: 'keep' } });

  test('the welcome opens on install in Dutch; its answers reach the options and the sidebar, and it ends on the practice page', async ({ context, extensionId }) => {
    const welcome = await waitForWelcome(context);
    const errors = collectPageErrors(welcome);
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Social Coach');
    await expect(welcome.locator('html')).toHaveAttribute('lang', 'nl');

    // Private on X, work everywhere else; 20 minutes; work writing gets its own 45 minutes; the pause on.
    await welcome.getByRole('group', { name: 'Modus op X' }).getByRole('button', { name: 'Privé' }).click();
    await welcome.getByLabel('Minuten per dag', { exact: true }).fill('20');
    await welcome.getByLabel('Minuten per dag', { exact: true }).blur();
    await welcome.getByLabel('Heeft eerst een eigen budget').check();
    await welcome.getByLabel('Minuten schrijven voor werk per dag').fill('45');
    await welcome.getByLabel('Minuten schrijven voor werk per dag').blur();
    await welcome.getByLabel('Pauze voor een sociale site als je een tijdje weg was').check();
    await welcome.getByRole('button', { name: 'Opslaan en verder' }).click();

    // The next step: the practice page.
    await welcome.getByRole('link', { name: 'Oefen een bericht' }).click();
    await expect(welcome).toHaveURL(`chrome-extension://${extensionId}/practice.html`);
    await expect(welcome.getByTestId('draft')).toBeVisible();
    expect(errors).toEqual([]);

    const options = await openExtensionPage(context, extensionId, 'options.html');
    const pressed = (network: string) => options.getByRole('group', { name: `Modus op ${network}` }).locator('[aria-pressed="true"]');
    await expect(pressed('X')).toHaveAttribute('data-mode-option', 'personal');
    for (const network of ['LinkedIn', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'Mastodon']) await expect(pressed(network)).toHaveAttribute('data-mode-option', 'work');
    await expect(options.getByLabel('Minuten per dag', { exact: true })).toHaveValue('20');
    await expect(options.getByLabel('Heeft eerst een eigen budget')).toBeChecked();
    await expect(options.getByLabel('Minuten schrijven voor werk per dag')).toHaveValue('45');
    await expect(options.getByLabel('Pauze voor een sociale site als je een tijdje weg was')).toBeChecked();

    // The pause was chosen: it greets the visit to x.com; past it, the sidebar is in the mode chosen for X.
    const x = await openXHome(context);
    const pause = x.locator('social-coach').getByRole('dialog', { name: 'Waarvoor kom je?' });
    await expect(pause).toBeVisible({ timeout: 30_000 });
    await pause.getByRole('button', { name: 'Verder' }).click({ timeout: 10_000 });
    await homeComposer(x).click();
    await expect(x.locator('social-coach .sc-sidebar')).toHaveAttribute('data-mode', 'personal');
  });
});

test.describe('in an English browser', () => {
  test.use({ extensionLaunch: { locale: 'en-US', welcome: 'keep' } });

  test('the welcome opens in English, and closing it unanswered leaves every network in work mode', async ({ context }) => {
    const welcome = await waitForWelcome(context);
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Social Coach');
    await expect(welcome.getByText('Rather not now? Close this tab: every network then starts in work mode')).toBeVisible();
    await welcome.close();
    await expect(await sidebarModeOnX(context)).toHaveAttribute('data-mode', 'work');
  });
});
