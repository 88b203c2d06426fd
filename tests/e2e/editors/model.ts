/**
 * What every fixture editor exposes to the tests: its model's own text and selection (not the DOM's), so a spec
 * can tell an edit the editor took from one that only changed the screen.
 */
export interface ModelView {
  /** The model's plain text, one "\n" between blocks (as the site serialises the post). */
  text(): string;
  /** The model's selection as [start, end) offsets into text(). */
  selection(): [number, number];
}

const models = new Map<Element, ModelView>();

/** The model of `el` (an editor root or anything inside one); else the focused editor's; else the only one. */
function modelOf(el?: Element | null): ModelView {
  for (const [root, model] of models) if (el && (root === el || root.contains(el))) return model;
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  for (const [root, model] of models) if (active && root.contains(active)) return model;
  const live = [...models].filter(([root]) => root.isConnected);
  if (live.length === 1) return live[0]![1];
  throw new Error('No editor model for this element');
}

export function registerModel(root: Element, model: ModelView): void {
  for (const old of [...models.keys()]) if (!old.isConnected) models.delete(old);
  models.set(root, model);
}

Object.assign(window, {
  __model: (el?: Element) => modelOf(el).text(),
  __modelSelection: (el?: Element) => modelOf(el).selection(),
});

/**
 * A seeded Math.random, so editors that draw random keys (Draft.js) render the same markup on every page load: the
 * "byte for byte as the page alone makes it" checks compare two loads.
 */
export function seedRandom(seed = 42): void {
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
