import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The static body of an e2e fixture page, without its scripts (they only drive the e2e behaviour). */
export function fixtureBody(file: string): string {
  const html = readFileSync(path.resolve('tests/e2e/fixtures/sites', file), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return body.replace(/<script>[\s\S]*?<\/script>/g, '');
}

/** Puts `html` in the page at `url` and returns the first element matching `selector` (which must exist). */
export function mount(url: string, html: string, selector: string): HTMLElement {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  const el = deepQuery(document, selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

/** querySelector that also looks into open shadow roots (LinkedIn's #interop-outlet). */
export function deepQuery(root: Document | ShadowRoot, selector: string): HTMLElement | null {
  const hit = root.querySelector<HTMLElement>(selector);
  if (hit) return hit;
  for (const host of Array.from(root.querySelectorAll('*'))) {
    const inner = host.shadowRoot && deepQuery(host.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}
