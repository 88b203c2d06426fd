import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Handler = (message: { data: unknown; sender: unknown }) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('@/lib/messaging', () => ({ onMessage: (type: string, handler: Handler) => void handlers.set(type, handler) }));
const requireSocialFrame = vi.fn(async () => ({ tabId: 1, platform: 'x' }));
vi.mock('@/entrypoints/background/senders', () => ({ requireSocialFrame }));

const { startSources } = await import('@/entrypoints/background/sources');

beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
  startSources();
});

describe('"Read in context" in the background', () => {
  it('opens the Sources page at a known passage', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handlers.get('cs-bg:open-source')!({ data: { anchor: 'p004-er-zijn-grenzen' }, sender: {} });
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/sources\.html#p004-er-zijn-grenzen$/);
  });

  it('opens nothing for an anchor the page does not have', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    for (const anchor of ['p004-unknown', '../options.html', '', 7]) await handlers.get('cs-bg:open-source')!({ data: { anchor }, sender: {} });
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not a social frame', async () => {
    requireSocialFrame.mockRejectedValueOnce(new Error('refused'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(handlers.get('cs-bg:open-source')!({ data: { anchor: 'p004-er-zijn-grenzen' }, sender: {} })).rejects.toThrow('refused');
    expect(create).not.toHaveBeenCalled();
  });
});
