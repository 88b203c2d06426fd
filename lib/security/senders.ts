/**
 * Who sent a message, as the browser (not the sender) describes it. The background acts on a message only when the
 * sender is what that message needs: an extension page for imports and resets, a social site's top frame for
 * anything that changes time, budget or stats. The page's own scripts cannot message the background at all; this
 * stops a content script in a compromised or unexpected frame from doing what only the user should.
 */
import type { Platform } from '../coach/types';
import { platformForUrl } from '../time/platform-for-url';

/** The fields of runtime.MessageSender these checks read. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; incognito?: boolean };
}

export interface SocialSender {
  tabId: number;
  platform: Platform;
  /** An incognito (private) tab: time counts there, nothing derived from text is stored. */
  incognito: boolean;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** One of the extension's own pages (options, popup, practice): its URL is on the extension's origin. */
export function isExtensionPage(sender: MessageSenderLike | undefined, extensionOrigin: string, extensionId: string): boolean {
  if (!sender || (sender.id !== undefined && sender.id !== extensionId)) return false;
  if (sender.origin !== undefined && sender.origin !== extensionOrigin) return false;
  return originOf(sender.url) === extensionOrigin;
}

/** A frame of a tab on a social site (the sidebar's frame); null for anything else. */
export function socialFrame(sender: MessageSenderLike | undefined, mastodonHosts: readonly string[]): SocialSender | null {
  const tabId = sender?.tab?.id;
  if (!sender || typeof tabId !== 'number' || tabId < 0) return null;
  const platform = platformForUrl(sender.url, mastodonHosts);
  if (!platform || !['https:'].includes(new URL(sender.url as string).protocol)) return null;
  return { tabId, platform, incognito: sender.tab?.incognito === true };
}

/** The top frame of a tab on a social site: the only sender allowed to change time, budget or stats. */
export function socialTopFrame(sender: MessageSenderLike | undefined, mastodonHosts: readonly string[]): SocialSender | null {
  if (!sender || (sender.frameId ?? 0) !== 0) return null;
  const frame = socialFrame(sender, mastodonHosts);
  if (!frame) return null;
  // The tab's own address, when the browser gives it, must be the same site: not a social page framed elsewhere.
  if (sender.tab?.url !== undefined && platformForUrl(sender.tab.url, mastodonHosts) !== frame.platform) return null;
  return frame;
}
