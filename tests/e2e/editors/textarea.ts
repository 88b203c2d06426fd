/**
 * Mastodon's compose box: a React-controlled react-textarea-autosize, as the stock web UI runs it.
 * `mountReactTextarea(textarea)` puts a React textarea with the same attributes in the static one's place and
 * returns it; `clearReactTextarea(el)` empties its state as Mastodon does after posting.
 */
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import TextareaAutosize from 'react-textarea-autosize';
import { registerModel } from './model';

const setters = new WeakMap<Element, (value: string) => void>();

function mountReactTextarea(original: HTMLTextAreaElement): HTMLTextAreaElement {
  const props: Record<string, string> = {};
  for (const { name, value } of Array.from(original.attributes)) {
    if (name === 'style') continue;
    props[name === 'class' ? 'className' : name === 'autocomplete' ? 'autoComplete' : name] = value;
  }
  let model = '';
  let setModel: (value: string) => void = () => undefined;
  function ComposeArea() {
    const [value, setValue] = useState('');
    model = value;
    setModel = setValue;
    return createElement(TextareaAutosize, { ...props, minRows: 3, value, onChange: (event: { target: HTMLTextAreaElement }) => setValue(event.target.value) });
  }
  const host = original.parentElement!;
  original.remove();
  flushSync(() => createRoot(host).render(createElement(ComposeArea)));
  const area = host.querySelector('textarea')!;
  setters.set(area, (value) => flushSync(() => setModel(value)));
  registerModel(area, { text: () => model, selection: () => [area.selectionStart, area.selectionEnd] });
  return area;
}

Object.assign(window, {
  mountReactTextarea,
  clearReactTextarea: (area: HTMLTextAreaElement) => setters.get(area)?.(''),
});
