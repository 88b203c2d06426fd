import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startWelcome } from '@/entrypoints/background/welcome';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the welcome page', () => {
  it('opens once on install, in every build', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    startWelcome();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
  });

  it('does not open on an update or a browser update (chrome_update)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    startWelcome();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(create).not.toHaveBeenCalled();
  });
});
