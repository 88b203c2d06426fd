/**
 * DOM ranges for stretches of readDraft's text, for marking them in the composer without touching it (the CSS
 * Custom Highlight API draws over ranges; the editor's DOM stays as the site made it).
 */
import { mapDraft, positionAt, type DraftMap } from './draft-map';
import { isTextArea } from './read-draft';
import type { TextRange } from '../coach/types';

/** The editor's text and its map; null for a textarea, whose text no range can point into. */
export function mapForMarks(editor: HTMLElement): DraftMap | null {
  return isTextArea(editor) ? null : mapDraft(editor);
}

/** A live Range over [start, end) of the mapped text; null when out of bounds or empty. */
export function domRange(map: DraftMap, range: TextRange, doc: Document): Range | null {
  if (range.start < 0 || range.end <= range.start || range.end > map.text.length) return null;
  const from = positionAt(map, range.start, 'start');
  const to = positionAt(map, range.end, 'end');
  if (!from || !to) return null;
  const dom = doc.createRange();
  dom.setStart(from.node, from.offset);
  dom.setEnd(to.node, to.offset);
  return dom;
}
