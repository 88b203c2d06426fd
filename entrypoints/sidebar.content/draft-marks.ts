import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis, Finding } from '@/lib/coach/types';
import { domRange, mapForMarks } from '@/lib/sites/draft-ranges';
import type { AnalysisLoop } from './analysis-loop';
import type { Store } from './store';

/** Highlight names: every open nudge, and the one under the pointer or focus in the sidebar. */
const ALL = 'social-coach-nudge';
const POINTED = 'social-coach-nudge-pointed';

// ::highlight() rules only apply from a stylesheet of the tree the text is in: the document, or a shadow root
// (LinkedIn's #interop-outlet). A thin underline for all; a tint as well for the one being looked at.
const MARK_CSS = `
::highlight(${ALL}) { text-decoration: underline 2px rgb(217 119 6 / 0.6); text-underline-offset: 3px; }
::highlight(${POINTED}) { background-color: rgb(245 158 11 / 0.3); text-decoration: underline 2px rgb(217 119 6); text-underline-offset: 3px; }
`;

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** Which nudge the pointer or focus is on: its rule and which of that rule's findings (the sidebar groups them). */
interface Pointed {
  ruleId: string;
  nth: number;
}

/**
 * Marks the words each nudge is about in the composer with the CSS Custom Highlight API: no element, attribute or
 * text goes into the editor. Redrawn when a new analysis lands (ranges follow the draft) and when the pointer or
 * focus moves between nudges. Without the API (older browsers) nothing is marked and nothing else changes.
 */
export function startDraftMarks(ctx: ContentScriptContext, store: Store, loop: AnalysisLoop): void {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!registry || !Ctor) return;
  const all = new Ctor();
  const pointedMarks = new Ctor();
  pointedMarks.priority = 1;
  registry.set(ALL, all);
  registry.set(POINTED, pointedMarks);
  const styled = new WeakSet<Node>();
  let pointed: Pointed | null = null;
  let drawn: { analysis: Analysis | null; editor: HTMLElement | null; pointed: Pointed | null } = { analysis: null, editor: null, pointed: null };

  const draw = () => {
    const { analysis, composer } = store.get();
    const editor = composer?.editor ?? null;
    if (drawn.analysis === analysis && drawn.editor === editor && drawn.pointed === pointed) return;
    drawn = { analysis, editor, pointed };
    all.clear();
    pointedMarks.clear();
    if (!analysis || !editor?.isConnected) return;
    const map = mapForMarks(editor);
    // An analysis of older text would mark the wrong words: the next one is on its way.
    if (!map || loop.analysisOf(map.text) !== analysis) return;
    addStyles(editor.getRootNode(), styled);
    const seen = new Map<string, number>();
    for (const finding of analysis.findings) {
      const nth = seen.get(finding.ruleId) ?? 0;
      seen.set(finding.ruleId, nth + 1);
      const isPointed = pointed?.ruleId === finding.ruleId && pointed.nth === nth;
      for (const range of rangesOf(finding)) {
        const dom = domRange(map, range, editor.ownerDocument);
        if (!dom) continue;
        all.add(dom);
        if (isPointed) pointedMarks.add(dom);
      }
    }
  };

  const point = (event: Event) => {
    const next = pointedFinding(event);
    if (next?.ruleId === pointed?.ruleId && next?.nth === pointed?.nth) return;
    pointed = next;
    draw();
  };
  const unsubscribe = store.subscribe(draw);
  for (const type of ['pointerover', 'focusin'] as const) ctx.addEventListener(document, type, point, { capture: true });
  ctx.onInvalidated(() => {
    unsubscribe();
    registry.delete(ALL);
    registry.delete(POINTED);
  });
}

function rangesOf(finding: Finding) {
  return finding.ranges ?? [];
}

/** The nudge (an `.sc-finding` in the sidebar's shadow root) the event's target is in, if any. */
function pointedFinding(event: Event): Pointed | null {
  const item = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.classList.contains('sc-finding'));
  const ruleId = item?.dataset.rule;
  if (!item || !ruleId) return null;
  const list = item.closest('.sc-sidebar') ?? item.parentElement;
  const same = Array.from(list?.querySelectorAll<HTMLElement>('.sc-finding') ?? []).filter((other) => other.dataset.rule === ruleId);
  return { ruleId, nth: Math.max(0, same.indexOf(item)) };
}

/** Adopts the mark styles once into the document or shadow root that holds the composer. */
function addStyles(root: Node, styled: WeakSet<Node>): void {
  if (styled.has(root) || !('adoptedStyleSheets' in root)) return;
  styled.add(root);
  const owner = root as Document | ShadowRoot;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MARK_CSS);
    owner.adoptedStyleSheets = [...owner.adoptedStyleSheets, sheet];
  } catch {
    // A page that froze its adoptedStyleSheets: no marks, nothing else changes.
  }
}
