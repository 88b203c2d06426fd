// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyEdit, differingSpan, editorFamily } from '@/lib/sites/apply-edit';
import { readDraft } from '@/lib/sites/read-draft';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function editor(html: string, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

/** Stands in for the browser's execCommand: writes `value` over the selection (the first time through `garble`). */
function fakeInsertText(garble = (value: string) => value) {
  let calls = 0;
  return vi.fn((command: string, _ui?: boolean, value = '') => {
    const range = getSelection()!.getRangeAt(0);
    range.deleteContents();
    if (command === 'insertText') range.insertNode(document.createTextNode(calls++ === 0 ? garble(value) : value));
    return true;
  });
}

describe('editorFamily', () => {
  it.each([
    ['draft', '<div data-contents="true"></div>', { class: 'notranslate public-DraftEditor-content' }],
    ['lexical', '<p><br></p>', { 'data-lexical-editor': 'true' }],
    ['prosemirror', '<p></p>', { class: 'tiptap ProseMirror' }],
    ['quill', '<p><br></p>', { class: 'ql-editor' }],
    ['contenteditable', '<p></p>', {}],
  ] as const)('%s: told by its own markers', (family, html, attributes) => {
    expect(editorFamily(editor(html, attributes))).toBe(family);
  });
});

describe('applyEdit', () => {
  it('replaces through execCommand insertText in an editor that reads the DOM (ProseMirror, Quill)', async () => {
    const el = editor('<p>Hello</p><p>Click the link in bio</p>', { class: 'ProseMirror' });
    const exec = fakeInsertText();
    document.execCommand = exec;
    expect(await applyEdit(el, { start: 16, end: 27, from: 'link in bio', to: 'link below' }, window)).toBe('applied');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'link below');
    expect(readDraft(el)).toBe('Hello\nClick the link below');
  });

  it('pastes into Draft.js and Lexical, whose models ignore DOM changes they did not make', async () => {
    for (const attributes of [{ class: 'public-DraftEditor-content' }, { 'data-lexical-editor': 'true' }] as Record<string, string>[]) {
      const el = editor('<p>Love #socialmedia</p>', attributes);
      const pasted: string[] = [];
      el.addEventListener('paste', (event) => pasted.push((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''));
      el.addEventListener('paste', (event) => {
        event.preventDefault();
        el.firstElementChild!.textContent = 'Love \n\nWhat do you think?';
      });
      document.execCommand = vi.fn(() => true);
      expect(await applyEdit(el, { start: 5, end: 17, from: '#socialmedia', to: '\n\nWhat do you think?' }, window)).toBe('applied');
      expect(pasted).toEqual(['\n\nWhat do you think?']);
      expect(document.execCommand).not.toHaveBeenCalled();
      el.remove();
    }
  });

  it('falls back to execCommand within one line where the paste did nothing (Firefox drops its data)', async () => {
    const el = editor('<p>Love #socialmedia</p>', { 'data-lexical-editor': 'true' });
    const exec = fakeInsertText();
    document.execCommand = exec;
    expect(await applyEdit(el, { start: 5, end: 17, from: '#socialmedia', to: '#SocialMedia' }, window)).toBe('applied');
    expect(exec).toHaveBeenCalledWith('insertText', false, '#SocialMedia');
    expect(readDraft(el)).toBe('Love #SocialMedia');
  });

  it('where the paste did nothing (Firefox), gives Lexical the whole text in one beforeinput with its data, so one undo step takes it back', async () => {
    const el = editor('<p>Love #socialmedia</p>', { 'data-lexical-editor': 'true' });
    const steps: string[] = [];
    el.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      steps.push(`${input.inputType}:${input.dataTransfer?.getData('text/plain')}`);
      event.preventDefault();
      el.innerHTML = '<p>Love #socialmedia</p><p><br></p><p>What do you think?</p>';
    });
    document.execCommand = vi.fn(() => true);
    expect(await applyEdit(el, { start: 17, end: 17, from: '', to: '\n\nWhat do you think?' }, window)).toBe('applied');
    expect(steps).toEqual(['insertReplacementText:\n\nWhat do you think?']);
    expect(document.execCommand).not.toHaveBeenCalled();
  });

  it('where Lexical takes neither (no paste data, no beforeinput), types the lines by execCommand and each newline as an Enter key', async () => {
    const el = editor('<p>Love #socialmedia</p>', { 'data-lexical-editor': 'true' });
    const steps: string[] = [];
    el.addEventListener('keydown', (event) => steps.push(`${event.key}:${event.keyCode}`));
    document.execCommand = vi.fn((command: string, _ui?: boolean, value?: string) => {
      steps.push(`${command}:${value}`);
      return true;
    });
    // The fake editor takes nothing, so the edit is refused and put back; what matters here is the route.
    expect(await applyEdit(el, { start: 17, end: 17, from: '', to: '\n\nWhat do you think?' }, window)).toBe('refused');
    expect(steps).toEqual(['Enter:13', 'Enter:13', 'insertText:What do you think?']);
  });

  it('where the paste did nothing (Firefox), types a new paragraph into Draft.js as Enter keys, and text into the empty block as textInput', async () => {
    const block = (text: string) => `<div data-block="true"><span data-text="true">${text || '<br>'}</span></div>`;
    const el = editor(`<div data-contents="true">${block('Love #socialmedia')}</div>`, { class: 'public-DraftEditor-content' });
    const contents = el.firstElementChild!;
    const caretIn = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    };
    const steps: string[] = [];
    // A stand-in for Draft.js: Enter makes an empty block with the caret in it, textInput fills it.
    el.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      steps.push(event.key);
      event.preventDefault();
      contents.insertAdjacentHTML('beforeend', block(''));
      caretIn(contents.lastElementChild!.querySelector('span')!);
    });
    el.addEventListener('textInput', (event) => {
      const data = (event as Event & { data: string }).data;
      steps.push(`textInput:${data}`);
      event.preventDefault();
      contents.lastElementChild!.outerHTML = block(data);
    });
    document.execCommand = vi.fn(() => true);
    // happy-dom has no TextEvent: the browser's, as Firefox and Chromium make it.
    const createEvent = document.createEvent.bind(document);
    vi.spyOn(document, 'createEvent').mockImplementation((kind: string) => {
      if (kind !== 'TextEvent') return createEvent(kind);
      const event = new Event('textInput', { bubbles: true, cancelable: true }) as Event & { data?: string };
      return Object.assign(event, { initTextEvent: (_type: string, _b: boolean, _c: boolean, _view: Window, data: string) => (event.data = data) });
    });
    expect(await applyEdit(el, { start: 17, end: 17, from: '', to: '\n\nWhat do you think?' }, window)).toBe('applied');
    expect(steps).toEqual(['Enter', 'Enter', 'textInput:What do you think?']);
    expect(readDraft(el)).toBe('Love #socialmedia\n\nWhat do you think?');
    expect(document.execCommand).not.toHaveBeenCalled();
  });

  it('removes text in Draft.js and Lexical with a Backspace over the selection', async () => {
    const el = editor('<p>Walk #coffee</p>', { 'data-lexical-editor': 'true' });
    const keys: string[] = [];
    el.addEventListener('keydown', (event) => keys.push(`${event.key}:${event.keyCode}:${getSelection()?.toString()}`));
    await applyEdit(el, { start: 4, end: 12, from: ' #coffee', to: '' }, window);
    expect(keys[0]).toBe('Backspace:8: #coffee');
  });

  it('undoes an edit the editor took differently, and says it was refused', async () => {
    const el = editor('<p>Love #socialmedia today</p>', { class: 'ql-editor' });
    document.execCommand = fakeInsertText((value) => value.toUpperCase());
    expect(await applyEdit(el, { start: 5, end: 17, from: '#socialmedia', to: '#SocialMedia' }, window)).toBe('refused');
    expect(readDraft(el)).toBe('Love #socialmedia today');
  });

  it('does nothing when the text at the range changed', async () => {
    const el = editor('<p>Hello world</p>');
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    const before = el.innerHTML;
    expect(await applyEdit(el, { start: 0, end: 5, from: 'Howdy', to: 'Hi' }, window)).toBe('stale');
    expect(exec).not.toHaveBeenCalled();
    expect(el.innerHTML).toBe(before);
  });

  it('leaves the editor alone when the edit changes nothing (a Backspace there would delete a character)', async () => {
    const el = editor('<p>Walk</p>', { 'data-lexical-editor': 'true' });
    const keys: string[] = [];
    el.addEventListener('keydown', (event) => keys.push(event.key));
    document.execCommand = vi.fn(() => true);
    expect(await applyEdit(el, { start: 0, end: 0, from: '', to: '' }, window)).toBe('applied');
    expect(keys).toEqual([]);
    expect(document.execCommand).not.toHaveBeenCalled();
  });

  it('edits a textarea through execCommand, which keeps its undo history', async () => {
    const area = document.createElement('textarea');
    area.value = 'Hello #world';
    document.body.append(area);
    const exec = vi.fn((command: string, _ui?: boolean, value = '') => {
      area.setRangeText(command === 'insertText' ? value : '', area.selectionStart, area.selectionEnd, 'end');
      return true;
    });
    document.execCommand = exec;
    expect(await applyEdit(area, { start: 6, end: 12, from: '#world', to: 'world' }, window)).toBe('applied');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'world');
    expect(area.value).toBe('Hello world');
  });

  it('falls back to the native setter and an input event where execCommand is unavailable', async () => {
    const area = document.createElement('textarea');
    area.value = 'Hello #world';
    document.body.append(area);
    document.execCommand = vi.fn(() => false);
    const inputs: string[] = [];
    area.addEventListener('input', () => inputs.push(area.value));
    expect(await applyEdit(area, { start: 6, end: 12, from: '#world', to: 'world' }, window)).toBe('applied');
    expect(inputs).toEqual(['Hello world']);
    expect(area.selectionStart).toBe(11);
  });
});

describe('differingSpan', () => {
  it('replacing its span of the new text by its span of the old gives the old text back', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, now) => {
        const { start, endBefore, endNow } = differingSpan(before, now);
        expect(now.slice(0, start) + before.slice(start, endBefore) + now.slice(endNow)).toBe(before);
      }),
    );
  });
});
