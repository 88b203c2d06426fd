import { estimateSimilarity, fingerprintPost } from '../fingerprint';
import { joinList, PLATFORM_NAMES } from '../messages';
import type { LocalizedText } from '../rule';
import { defineRule } from '../rule';
import type { Platform, PostFingerprint } from '../types';
import { PLATFORMS } from '../types';

const WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const MIN_SIMILARITY = 0.9;
/** Short posts ("Thanks, everyone") match each other by chance; only nudge on a real update. */
const MIN_WORDS = 6;

/** How each network likes its version told (seed 004 point 7). */
const ADAPTATION: Record<Platform, LocalizedText> = {
  x: { en: 'Turn it into a short teaser or a question', nl: 'Maak er een korte teaser of vraag van' },
  linkedin: { en: 'Open with a short, businesslike introduction', nl: 'Begin met een korte, zakelijke inleiding' },
  facebook: { en: 'Lead with a good picture and a warm line', nl: 'Begin met een leuk plaatje en een warme zin' },
  instagram: { en: 'Let the picture lead and tell the story around it', nl: 'Laat het beeld voorgaan en vertel het verhaal erbij' },
  threads: { en: 'Keep it short and conversational', nl: 'Houd het kort en luchtig, als in een gesprek' },
  bluesky: { en: 'Keep it short and ask what others think', nl: 'Houd het kort en vraag wat anderen ervan vinden' },
  mastodon: { en: 'Give more context; Mastodon readers like the full story', nl: 'Geef meer context; op Mastodon mag het hele verhaal' },
};

function isRecentElsewhere(post: PostFingerprint, platform: Platform, now: number): boolean {
  return PLATFORMS.includes(post.platform) && post.platform !== platform && post.publishedAt <= now && now - post.publishedAt <= WINDOW_MS;
}

export default defineRule({
  meta: {
    id: 'cross-post',
    category: 'cross-post',
    severity: { work: 'warning', personal: 'tip' },
    kinds: ['post'],
    source: {
      seed: '004_95873d2e7dd560ec.txt',
      quote: 'Facebook, Twitter, LinkedIn, etc., ze hebben allemaal een eigen identiteit, eigen regels, eigen manieren om inhoud te tonen.',
      translation: 'Facebook, Twitter, LinkedIn, etc. each have their own identity, their own rules, their own ways of showing content.'
    },
    messages: {
      sameAsElsewhere: {
        message: { en: 'Adapt this for {platform}', nl: 'Pas dit aan voor {platform}' },
        explanation: {
          en: 'You posted nearly the same text on {other} this week. Each network has its own readers and its own way of showing posts, so one update for all of them lands worse everywhere.',
          nl: 'Je plaatste deze week bijna dezelfde tekst op {other}. Elk netwerk heeft eigen lezers en een eigen manier om berichten te tonen, dus één update voor allemaal komt overal minder goed aan.',
        },
      },
    },
  },
  check(context) {
    const { words, platform, now, recentPosts, fingerprintKey } = context;
    if (words.length < MIN_WORDS || recentPosts.length === 0 || !fingerprintKey) return;
    const draft = fingerprintPost(context.text, platform, now, fingerprintKey);
    const matches = recentPosts.filter(
      (post) => isRecentElsewhere(post, platform, now) && (post.hash === draft.hash || estimateSimilarity(draft.sketch, post.sketch) >= MIN_SIMILARITY),
    );
    if (matches.length === 0) return;
    const others = [...new Set(matches.map((post) => PLATFORM_NAMES[post.platform]))];
    context.report({
      messageId: 'sameAsElsewhere',
      data: { platform: PLATFORM_NAMES[platform], other: { en: joinList(others, 'en'), nl: joinList(others, 'nl') } },
      suggestions: [{ label: ADAPTATION[platform] }],
    });
  },
});
