import { browser } from 'wxt/browser';
import { isExtensionPage, socialFrame, socialTopFrame, type MessageSenderLike, type SocialSender } from '@/lib/security/senders';
import { settingsItem } from '@/lib/storage';

/** A refused message rejects: the sender learns nothing else, and nothing was written. */
export class RefusedSender extends Error {
  constructor(message: string) {
    super(`Refused ${message}: wrong sender`);
  }
}

const extensionOrigin = () => new URL(browser.runtime.getURL('/')).origin;

/** The listed Mastodon instances, kept in memory: every keystroke's analysis checks its sender. */
let instances: Promise<readonly string[]> | null = null;
function mastodonHosts(): Promise<readonly string[]> {
  if (!instances) {
    instances = settingsItem.getValue().then((settings) => settings.mastodonInstances, () => []);
    settingsItem.watch((settings) => {
      instances = Promise.resolve(settings.mastodonInstances);
    });
  }
  return instances;
}

/** Throws unless one of the extension's own pages (options, popup, practice) sent `message`. */
export function requireExtensionPage(sender: MessageSenderLike | undefined, message: string): void {
  if (!isExtensionPage(sender, extensionOrigin(), browser.runtime.id)) throw new RefusedSender(message);
}

/** Throws unless a frame of a tab on a social site (or a listed Mastodon instance) sent `message`. */
export async function requireSocialFrame(sender: MessageSenderLike | undefined, message: string): Promise<SocialSender> {
  const social = socialFrame(sender, await mastodonHosts());
  if (!social) throw new RefusedSender(message);
  return social;
}

/** Throws unless the top frame of a social tab sent `message`: what changes time, budget or stats needs this. */
export async function requireSocialTopFrame(sender: MessageSenderLike | undefined, message: string): Promise<SocialSender> {
  const social = socialTopFrame(sender, await mastodonHosts());
  if (!social) throw new RefusedSender(message);
  return social;
}
