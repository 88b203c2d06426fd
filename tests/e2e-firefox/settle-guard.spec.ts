/**
 * The click guard (components/coach/use-settle-guard.ts) in Firefox, on the X fixture's real Draft.js editor: the
 * Chromium spec's hazard (tests/e2e/sidebar/settle-hazard.ts) with Firefox's own pointer and keys over WebDriver
 * BiDi. A chip that slid under the resting pointer takes no click and leaves the draft byte for byte as it was; once
 * it stood still the same click makes exactly its edit; Enter and Space take a chip that just appeared at once.
 */
import type { Page } from 'puppeteer-core';
import { buttonAtIs, buttonLabelAt, HAZARD, overlap } from '../e2e/sidebar/settle-hazard';
import { SITE_COMPOSERS } from '../e2e/sites/composers';
import { expect, test, until, type Firefox } from './harness';
import { clickWhenThere, readSiteFixture } from './pages';

const X = SITE_COMPOSERS.find((composer) => composer.site === 'x')!;

/** The draft as the site would post it (Draft.js's model), the editor's markup, and the model's caret. */
function draft(page: Page): Promise<{ model: string; html: string; caret: [number, number] }> {
  return page.$eval(X.editor, (el) => {
    const view = window as unknown as { __model(el: Element): string; __modelSelection(el: Element): [number, number] };
    return { model: view.__model(el), html: el.innerHTML, caret: view.__modelSelection(el) };
  });
}

/** What the page shows of the draft: one line per Draft.js block. */
const shown = (page: Page) => page.$eval(X.editor, (el) => [...el.querySelectorAll('[data-block="true"]')].map((block) => block.textContent).join('\n'));

interface Chip {
  x: number;
  y: number;
  width: number;
  height: number;
  settled: string | null;
}

/** The sidebar's suggestion labelled `label`: where it stands in the viewport and its `data-settled`; null if absent. */
const chip = (page: Page, label: string) =>
  page.evaluate((wanted): Chip | null => {
    const buttons = document.querySelector('social-coach')?.shadowRoot?.querySelectorAll<HTMLElement>('button.sc-suggestion') ?? [];
    const found = [...buttons].find((button) => button.textContent === wanted);
    if (!found) return null;
    const box = found.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height, settled: found.dataset.settled ?? null };
  }, label);

const chipWhen = (page: Page, label: string, settled: 'true' | 'false') =>
  until(async () => {
    const found = await chip(page, label);
    return found?.settled === settled ? found : null;
  }, `"${label}" with data-settled="${settled}"`);

interface Click {
  label: string | null;
  settled: string | null;
  detail: number;
}

/**
 * Notes every click that reaches a button in the sidebar, as its own listeners get it: the button's label, whether it
 * stood still then, and `detail` (0 from a key, the click count from a pointer). Shows the clicks really landed.
 */
function recordClicks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const clicks: Click[] = [];
    Object.assign(window, { settleGuardClicks: clicks });
    document.querySelector('social-coach')!.shadowRoot!.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('button');
        clicks.push({ label: button?.textContent ?? null, settled: button?.getAttribute('data-settled') ?? null, detail: (event as MouseEvent).detail });
      },
      true,
    );
  });
}

const clicks = (page: Page) => page.evaluate(() => (window as unknown as { settleGuardClicks: Click[] }).settleGuardClicks);

async function openX(firefox: Firefox) {
  const site = await firefox.openSite(X.url, readSiteFixture(X.fixture));
  const errors: string[] = [];
  site.page.on('pageerror', (error) => errors.push(String(error)));
  return { ...site, errors };
}

test('x: a chip that just slid under the resting pointer ignores Firefox\'s click, draft byte for byte as it was; once it stood still the click makes exactly its edit', async ({ firefox }) => {
  const { page, unexpectedRequests, errors } = await openX(firefox);
  try {
    const { first, tag, repeated } = HAZARD;
    const labelAt = (x: number, y: number) => page.evaluate(buttonLabelAt, [x, y] as const);

    // Where each chip stands in either draft: the pointer rests where the second will come over the first.
    await clickWhenThere(page, X.editor);
    await page.keyboard.type(repeated);
    const over = await chipWhen(page, HAZARD.sliding, 'true');
    for (let i = 0; i < tag.length; i++) await page.keyboard.press('Backspace');
    await until(async () => (await chip(page, HAZARD.sliding)) === null, `"${HAZARD.sliding}" to go`);
    const under = await chipWhen(page, HAZARD.aimedAt, 'true');
    const shared = overlap(over, under);
    expect(shared.height, 'the chips overlap from one draft to the next').toBeGreaterThan(2);
    expect(shared.width, 'the chips overlap from one draft to the next').toBeGreaterThan(2);
    const { x, y } = shared;
    await page.mouse.move(x, y);
    expect(await labelAt(x, y)).toBe(HAZARD.aimedAt);
    await recordClicks(page);

    // The user types on with the pointer resting on the chip; the analysis reorders the list under it.
    await page.keyboard.type(tag);
    await page.waitForFunction(buttonAtIs, { polling: 'raf', timeout: 10_000 }, [x, y, HAZARD.sliding] as const);
    const before = await draft(page);
    expect(before.model).toBe(repeated);
    await page.mouse.click(x, y);

    // Firefox's click reached the chip that had just come, while it was still moving in...
    await until(async () => (await clicks(page)).length === 1, 'the click to reach the sidebar');
    expect(await clicks(page)).toEqual([{ label: HAZARD.sliding, settled: 'false', detail: 1 }]);
    // ...and neither that chip's edit nor the one aimed at went in: the draft is byte for byte as it was, read once the
    // chip stood still (an edit would have landed by then, and taken the chip away).
    await until(async () => (await chip(page, HAZARD.sliding))?.settled !== 'false', `"${HAZARD.sliding}" to stand still or go`);
    expect(await draft(page), 'the draft after the click on the chip still moving in').toEqual(before);

    // Now it stood still where the user sees it: the same click removes the repeated tag, and only that.
    expect(await labelAt(x, y)).toBe(HAZARD.sliding);
    await page.mouse.click(x, y);
    await until(async () => (await draft(page)).model === first, `the repeated tag removed: ${JSON.stringify(first)}`, 5_000).catch(async (error) => {
      throw new Error(`${(error as Error).message}; the model is ${JSON.stringify((await draft(page)).model)}`);
    });
    expect((await clicks(page)).slice(1)).toEqual([{ label: HAZARD.sliding, settled: 'true', detail: 1 }]);
    const after = await draft(page);
    expect(await shown(page)).toBe(after.model);
    expect(after.caret, 'the caret where the tag was').toEqual([first.length, first.length]);

    expect(errors).toEqual([]);
    expect(unexpectedRequests).toEqual([]);
  } finally {
    await page.close();
  }
});

test('x: Enter and Space take a suggestion that just appeared at once in Firefox', async ({ firefox }) => {
  const { page, unexpectedRequests, errors } = await openX(firefox);
  try {
    /** Waits for the chip to appear, still settling, focuses it, and presses `key` on it (' ': Space, as BiDi names it). */
    const pressOnFresh = async (label: string, key: 'Enter' | ' ') => {
      await page.waitForFunction(
        (wanted) =>
          [...(document.querySelector('social-coach')?.shadowRoot?.querySelectorAll<HTMLElement>('button.sc-suggestion') ?? [])].some(
            (button) => button.textContent === wanted && button.dataset.settled === 'false',
          ),
        { polling: 'raf', timeout: 10_000 },
        label,
      );
      await page.evaluate((wanted) => {
        const buttons = document.querySelector('social-coach')!.shadowRoot!.querySelectorAll<HTMLElement>('button.sc-suggestion');
        [...buttons].find((button) => button.textContent === wanted)!.focus();
      }, label);
      await page.keyboard.press(key);
    };
    const modelBecomes = (expected: string, what: string) =>
      until(async () => (await draft(page)).model === expected, `${what}: ${JSON.stringify(expected)}`, 5_000).catch(async (error) => {
        throw new Error(`${(error as Error).message}; the model is ${JSON.stringify((await draft(page)).model)}`);
      });

    await clickWhenThere(page, X.editor);
    await until(() => page.evaluate(() => !!document.querySelector('social-coach')?.shadowRoot), 'the coach on the composer');
    await recordClicks(page);
    await page.keyboard.type(HAZARD.first);
    await pressOnFresh(HAZARD.aimedAt, 'Enter');
    const replaced = HAZARD.first.replace('#socialmedia', '#SocialMedia');
    await modelBecomes(replaced, 'Enter taking "Use #SocialMedia"');

    // A second tag brings a new chip; Space takes it while it is still settling.
    await clickWhenThere(page, X.editor);
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type(' #morningwalk');
    await pressOnFresh('Use #MorningWalk', ' ');
    const both = `${replaced} #MorningWalk`;
    await modelBecomes(both, 'Space taking "Use #MorningWalk"');
    expect(await shown(page)).toBe(both);

    // Each key's click (detail 0) came while the chip was still settling: the guard let it through at once.
    expect(await clicks(page)).toEqual([
      { label: HAZARD.aimedAt, settled: 'false', detail: 0 },
      { label: 'Use #MorningWalk', settled: 'false', detail: 0 },
    ]);

    expect(errors).toEqual([]);
    expect(unexpectedRequests).toEqual([]);
  } finally {
    await page.close();
  }
});
