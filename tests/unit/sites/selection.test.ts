// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { selectRange } from '@/lib/sites/selection';

function editor(inner: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = inner;
  document.body.append(el);
  return el;
}

const selected = () => window.getSelection()?.getRangeAt(0).toString();

afterEach(() => {
  document.body.innerHTML = '';
});

const cases: Array<[why: string, html: string, text: string, pick: string]> = [
  // a word in the second paragraph: offsets count the paragraph break as one \n
  ['second paragraph', '<p>Hello</p><p>#world today</p>', 'Hello\n#world today', '#world'],
  // across a blank line the empty paragraph still counts
  ['after a blank line', '<p>Hello</p><p><br></p><p>#world</p>', 'Hello\n\n#world', '#world'],
  // emoji are two UTF-16 units each, as engine ranges are
  ['after emoji', '<p>Hi 👋🏽 there</p>', 'Hi 👋🏽 there', 'there'],
  // a range spanning text nodes of different spans
  ['across spans', '<p><span>Buy </span><span>now</span></p>', 'Buy now', 'Buy now'],
  // Draft.js blocks (X)
  ['draft.js', '<div data-block="true"><span data-text="true">Hello</span></div><div data-block="true"><span data-text="true">#world</span></div>', 'Hello\n#world', '#world'],
  // after a Shift+Enter line break
  ['after a <br>', '<p>Hello<br>#world</p>', 'Hello\n#world', '#world'],
];

describe('selectRange', () => {
  it.each(cases)('%s', (_why, html, text, pick) => {
    const el = editor(html);
    const start = text.indexOf(pick);
    expect(selectRange(el, start, start + pick.length, window)).toBe(true);
    expect(selected()).toBe(pick);
  });

  it('selects a range that spans a paragraph break', () => {
    const el = editor('<p>Hello</p><p>#world</p>');
    expect(selectRange(el, 3, 8, window)).toBe(true);
    const range = window.getSelection()!.getRangeAt(0);
    expect([range.startContainer.textContent, range.startOffset, range.endContainer.textContent, range.endOffset]).toEqual(['Hello', 3, '#world', 2]);
  });

  it('refuses ranges outside the text', () => {
    const el = editor('<p>Hello</p>');
    expect(selectRange(el, 2, 99, window)).toBe(false);
    expect(selectRange(el, 3, 2, window)).toBe(false);
  });

  it('selects in a textarea through setSelectionRange', () => {
    const area = document.createElement('textarea');
    area.value = 'Hello\n#world';
    document.body.append(area);
    expect(selectRange(area, 6, 12, window)).toBe(true);
    expect([area.selectionStart, area.selectionEnd]).toEqual([6, 12]);
  });
});

describe('selectRange on arbitrary lines', () => {
  it('selects exactly text.slice(start, end) across spans, emoji and empty spans', () => {
    const piece = fc.string({ unit: 'grapheme', maxLength: 5 }).map((t) => t.replace(/[<>&\n\r]/g, ''));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        document.body.innerHTML = '';
        const text = pieces.join('');
        const el = editor(`<p>${pieces.map((p) => `<span>${p}</span>`).join('')}</p>`);
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(selectRange(el, start, end, window)).toBe(true);
        expect(selected()).toBe(text.slice(start, end));
      }),
      { numRuns: 200 },
    );
  });
});
