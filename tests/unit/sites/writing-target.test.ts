// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mayBeComposer } from '@/lib/sites/writing-target';

function build(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector('[data-target]')!;
}

describe('mayBeComposer', () => {
  it.each([
    // every site's composer but Mastodon's is a contenteditable
    { html: '<div contenteditable="true" data-target>draft</div>', loads: true },
    // focus can land on an inner node of the editor (a Draft.js block)
    { html: '<div contenteditable="true"><p><span data-target tabindex="0">draft</span></p></div>', loads: true },
    // Mastodon's composer
    { html: '<textarea data-target></textarea>', loads: true },
    // search boxes and login fields are inputs, never composers
    { html: '<input type="search" data-target>', loads: false },
    // a link or a button in the feed
    { html: '<a href="#x" data-target>a post</a>', loads: false },
    // an explicitly non-editable island inside an editor (a mention chip)
    { html: '<div contenteditable="true"><span contenteditable="false" data-target tabindex="0">@alex</span></div>', loads: false },
  ])('$html → $loads', ({ html, loads }) => {
    expect(mayBeComposer(build(html))).toBe(loads);
  });

  it('ignores what is not an element', () => {
    expect(mayBeComposer(null)).toBe(false);
    expect(mayBeComposer(undefined)).toBe(false);
    expect(mayBeComposer(document.createTextNode('text'))).toBe(false);
    expect(mayBeComposer(window)).toBe(false);
  });
});
