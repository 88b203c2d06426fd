import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

// The first lint loads the whole config and the TypeScript parser: seconds on a busy machine.
beforeAll(() => eslint.lintText('', { filePath: 'lib/warm-up.ts' }), 60_000);

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function violations(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

describe('lint bans HTML and code sinks in shipped code', () => {
  it.each([
    // each of these would turn page text or a string into markup or code
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'no-restricted-syntax'],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }', 'no-restricted-syntax'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'no-restricted-properties'],
    ['document.write', 'export function f(s: string) { document.write(s); }', 'no-restricted-properties'],
    ['eval', 'export function f(s: string) { return eval(s); }', 'no-eval'],
    ['new Function', "export function f(s: string) { return new Function('x', s); }", 'no-new-func'],
    ['string setTimeout', "export function f() { setTimeout('alert(1)', 10); }", 'no-restricted-syntax'],
  ])('%s in entrypoints/', async (_name, code, rule) => {
    expect(await violations(code, 'entrypoints/sidebar.content/probe.ts')).toContain(rule);
  });

  it('dangerouslySetInnerHTML in components/', async () => {
    const code = 'export const X = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;';
    expect(await violations(code, 'components/coach/probe.tsx')).toContain('no-restricted-syntax');
  });

  it('the same sinks in the pure lib/ files, whose own syntax rules must not hide them', async () => {
    expect(await violations('export function f(el: { innerHTML: string }, s: string) { el.innerHTML = s; }', 'lib/coach/probe.ts')).toContain('no-restricted-syntax');
  });

  it('text and functions pass', async () => {
    expect(await violations('export function f(el: HTMLElement, s: string) { el.textContent = s; setTimeout(() => el.remove(), 10); }', 'entrypoints/sidebar.content/probe.ts')).toEqual([]);
  });
});

describe('lint keeps storage out of content scripts', () => {
  it('refuses a value import of lib/storage in the sidebar, allows a type import', async () => {
    expect(await violations("import { settingsItem } from '@/lib/storage';\nexport const s = settingsItem;", 'entrypoints/sidebar.content/probe.ts')).toContain('no-restricted-imports');
    expect(await violations("import type { SidebarPlacement } from '@/lib/storage';\nexport type P = SidebarPlacement;", 'entrypoints/sidebar.content/probe.ts')).toEqual([]);
  });
});

describe('lint keeps the site pauses the background’s to write', () => {
  it('refuses writeSitePauses in the popup and the options, allows reading the pauses there and writing in the background', async () => {
    const write = "import { writeSitePauses } from '@/lib/storage';\nexport const w = writeSitePauses;";
    expect(await violations(write, 'entrypoints/popup/probe.ts')).toContain('no-restricted-imports');
    expect(await violations(write, 'entrypoints/options/probe.ts')).toContain('no-restricted-imports');
    expect(await violations("import { sitePausesItem } from '@/lib/storage';\nexport const r = sitePausesItem;", 'entrypoints/popup/probe.ts')).toEqual([]);
    expect(await violations(write, 'entrypoints/background/probe.ts')).toEqual([]);
  });
});
