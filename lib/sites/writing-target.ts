import { isTextArea } from './read-draft';

/**
 * Whether focus on `target` may mean someone is about to write: a contenteditable editor or a textarea. Loose on
 * purpose: it only decides when the coach loads; the coach's site adapter then tells composers from other boxes.
 */
export function mayBeComposer(target: EventTarget | null | undefined): boolean {
  const element = target as HTMLElement | null | undefined;
  if (!element || element.nodeType !== 1) return false;
  return isTextArea(element) || element.isContentEditable === true;
}
