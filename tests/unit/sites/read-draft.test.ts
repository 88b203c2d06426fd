// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapDraft } from '@/lib/sites/draft-map';
import { readDraft } from '@/lib/sites/read-draft';

function editor(inner: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = inner;
  return el;
}

const draftBlock = (text: string) =>
  `<div data-block="true" data-offset-key="k-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="k-0-0">${
    text ? `<span data-text="true">${text}</span>` : '<br data-text="true">'
  }</span></div></div>`;

const cases: Array<[why: string, html: string, expected: string]> = [
  // Lexical (FB, IG, Threads): one <p> per line, innerText would double the break
  ['lexical two paragraphs', '<p dir="ltr"><span data-lexical-text="true">Hello</span></p><p dir="ltr"><span data-lexical-text="true">#world</span></p>', 'Hello\n#world'],
  // a blank line is an empty paragraph and must survive
  ['blank line between paragraphs', '<p>Hello</p><p><br></p><p>#world</p>', 'Hello\n\n#world'],
  // Shift+Enter inserts a <br> inside the paragraph
  ['shift+enter line break', '<p>Hello<br>#world</p>', 'Hello\n#world'],
  // Chromium keeps a second <br> after a line break at the end of a paragraph
  ['trailing shift+enter', '<p>Hello<br><br></p>', 'Hello\n'],
  // the empty state of Lexical/ProseMirror/Quill
  ['empty paragraph', '<p><br></p>', ''],
  // the empty TipTap state carries a trailing break and a placeholder attribute, never text
  ['empty tiptap', '<p data-placeholder="What\'s up?" class="is-empty is-editor-empty"><br class="ProseMirror-trailingBreak"></p>', ''],
  // ProseMirror adds a trailing break after an inline node at the end of a paragraph
  ['prosemirror trailing break', '<p>Hello <span class="inline-tag">#world</span><br class="ProseMirror-trailingBreak"></p>', 'Hello #world'],
  // Quill's empty editor
  ['empty quill', '<p><br></p>', ''],
  // mentions are links inside the paragraph
  ['quill mention', '<p>Hi <a class="ql-mention" data-entity-urn="urn:li:person:1">Ana</a>, see this</p>', 'Hi Ana, see this'],
  // list items are lines of their own
  ['list items', '<p>Steps:</p><ul><li>one</li><li>two</li></ul>', 'Steps:\none\ntwo'],
  // Draft.js (X) joins [data-block] with \n; the placeholder is a sibling and never read
  ['draft.js blocks', draftBlock('Hello') + draftBlock('#world'), 'Hello\n#world'],
  // an empty Draft block is an empty line
  ['draft.js blank line', draftBlock('Hello') + draftBlock('') + draftBlock('#world'), 'Hello\n\n#world'],
  // the empty Draft editor is one block with <br data-text>
  ['draft.js empty', draftBlock(''), ''],
  // a bare text node (plaintext contenteditable)
  ['plain text node', 'Hello', 'Hello'],
  // nothing at all
  ['no children', '', ''],
  // Chromium's own Shift+Enter in a pre-wrap editor inserts a "\n" into the text node
  ['native pre-wrap line break', '<p>Hello\nworld</p>', 'Hello\nworld'],
  // emoji and RTL text pass through untouched
  ['emoji and RTL', '<p>Hi 👋🏽</p><p>שלום</p>', 'Hi 👋🏽\nשלום'],
];

describe('readDraft', () => {
  it.each(cases)('%s', (_why, html, expected) => {
    expect(readDraft(editor(html))).toBe(expected);
  });

  it('reads a textarea by its value', () => {
    const area = document.createElement('textarea');
    area.value = 'Hello\n#world';
    expect(readDraft(area)).toBe('Hello\n#world');
  });

  it('reads a 100,000-character draft whole', () => {
    const line = 'x'.repeat(99) + '🙂';
    const el = editor(Array.from({ length: 1000 }, () => `<p>${line}</p>`).join(''));
    expect(readDraft(el)).toBe(Array.from({ length: 1000 }, () => line).join('\n'));
  });

  it('leaves the editor DOM untouched', () => {
    const el = editor('<p>Hello</p><p><br></p><p>#world</p>');
    const before = el.innerHTML;
    readDraft(el);
    mapDraft(el);
    expect(el.innerHTML).toBe(before);
  });
});

const tags = ['p', 'div', 'span', 'b', 'li', 'ul', 'br', 'a', 'h2', 'blockquote'];
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: 'grapheme', maxLength: 6 }).map((t) => t.replace(/[<>&]/g, '')),
    fc.constantFrom('<br>', '<br class="ProseMirror-trailingBreak">', '<span data-text="true">x</span>'),
    fc.tuple(fc.constantFrom(...tags.filter((t) => t !== 'br')), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`,
    ),
  ),
})).node;

describe('readDraft on arbitrary markup', () => {
  it('never throws and agrees with the offset map', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 5 }), fc.boolean(), (parts, asDraftJs) => {
        const html = parts.join('');
        const el = editor(asDraftJs ? `<div data-block="true">${html}</div><div data-block="true">${html}</div>` : html);
        const text = readDraft(el);
        expect(typeof text).toBe('string');
        expect(mapDraft(el).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
