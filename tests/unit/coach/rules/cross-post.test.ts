import { fingerprintPost } from '@/lib/coach/fingerprint';
import rule from '@/lib/coach/rules/cross-post';
import type { Platform } from '@/lib/coach/types';
import { runRuleTests } from '../rule-tester';
import { TEST_KEY } from '../test-key';

const NOW = Date.UTC(2026, 10, 22, 12);
const DAY = 24 * 60 * 60 * 1000;
const nl = 'Vandaag hebben we met het hele team de nieuwe werkplaats in Utrecht geopend, en daarna samen gegeten met alle buren.';
const en = 'Today we opened the new workshop in Utrecht with the whole team, and afterwards we had dinner with all our neighbours.';
const longEn =
  'Last spring our small bakery in Leiden started baking bread with flour from a farmer two villages away. Customers noticed the taste, the crust stayed crisp for days, and we now waste less because every loaf travels fewer miles.';
const posted = (text: string, platform: Platform, daysAgo = 1) => fingerprintPost(text, platform, NOW - daysAgo * DAY, TEST_KEY);

runRuleTests(rule, {
  valid: [
    { text: nl, platform: 'x', now: NOW }, // nothing published recently
    { text: nl, platform: 'linkedin', now: NOW, recentPosts: [posted(nl, 'linkedin')] }, // same text on the same network is not cross-posting
    { text: nl, platform: 'x', now: NOW, recentPosts: [posted(nl, 'linkedin', 8)] }, // published more than 7 days ago
    { text: nl, platform: 'x', now: NOW, recentPosts: [posted(en, 'linkedin')] }, // a translation is an adapted post
    { text: 'Bedankt allemaal voor jullie reacties', platform: 'x', now: NOW, recentPosts: [posted('Bedankt allemaal voor jullie reacties', 'facebook')] }, // too short to judge
    { text: `Korte, zakelijke inleiding voor LinkedIn. ${nl.slice(0, 60)}`, platform: 'linkedin', now: NOW, recentPosts: [posted(nl, 'facebook')] }, // substantially rewritten
    { text: en, platform: 'threads', now: NOW, recentPosts: [posted('A completely different update about our summer schedule and opening hours this August.', 'x')] }, // unrelated post
    { text: nl, platform: 'x', kind: 'comment', now: NOW, recentPosts: [posted(nl, 'linkedin')] }, // comments are not updates
    { text: nl, platform: 'x', now: NOW, recentPosts: [posted(nl, 'linkedin')], settings: { disabledRules: ['cross-post'] } }, // turned off
    { text: nl, platform: 'x', now: NOW, recentPosts: [{ ...posted(nl, 'linkedin'), publishedAt: NOW + DAY }] }, // a post from the future is ignored
    { text: nl, platform: 'x', now: NOW, recentPosts: [{ platform: 'linkedin', publishedAt: NOW, hash: 'zz', sketch: [1, 2] }] }, // a malformed fingerprint is ignored
    { text: nl, platform: 'x', now: NOW, recentPosts: [{ ...posted(nl, 'linkedin'), platform: 'tiktok' as Platform }] }, // an unknown platform is ignored
    { text: '', platform: 'x', now: NOW, recentPosts: [posted('', 'linkedin')] }, // empty drafts never match
    { text: en, platform: 'bluesky', mode: 'personal', now: NOW, recentPosts: [posted(nl, 'mastodon')] }, // Dutch original, English draft
    { text: 'https://example.com #nieuws', platform: 'x', now: NOW, recentPosts: [posted('https://example.com #nieuws', 'linkedin')] }, // no words to compare
  ],
  invalid: [
    // the same Dutch text already on LinkedIn
    { text: nl, platform: 'x', now: NOW, recentPosts: [posted(nl, 'linkedin')], errors: [{ messageId: 'sameAsElsewhere', severity: 'warning' }] },
    // the same English text on Facebook, drafted for Instagram
    { text: en, platform: 'instagram', now: NOW, recentPosts: [posted(en, 'facebook', 6)], errors: [{ messageId: 'sameAsElsewhere' }] },
    // only the hashtags and mentions changed: still the same update
    { text: `${nl} #utrecht @buurtteam`, platform: 'x', now: NOW, recentPosts: [posted(`${nl} #werkplaats #team`, 'linkedin')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // case, punctuation and emoji do not make it different
    { text: `${nl.toUpperCase()} 🎉`, platform: 'facebook', now: NOW, recentPosts: [posted(nl, 'linkedin')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // one word changed in a long post is nearly identical
    { text: longEn.replace('crisp', 'crunchy'), platform: 'threads', now: NOW, recentPosts: [posted(longEn, 'bluesky')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // personal mode makes it a tip
    { text: nl, platform: 'facebook', mode: 'personal', now: NOW, recentPosts: [posted(nl, 'instagram')], errors: [{ messageId: 'sameAsElsewhere', severity: 'tip' }] },
    // posted on two other networks: one nudge
    { text: en, platform: 'mastodon', now: NOW, recentPosts: [posted(en, 'x'), posted(en, 'bluesky')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // a Dutch UI
    { text: nl, platform: 'linkedin', uiLocale: 'nl', now: NOW, recentPosts: [posted(nl, 'x')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // exactly seven days ago is still within the week
    { text: nl, platform: 'x', now: NOW, recentPosts: [posted(nl, 'linkedin', 7)], errors: [{ messageId: 'sameAsElsewhere' }] },
    // without a clock, the newest known post stands in for now
    { text: nl, platform: 'x', recentPosts: [posted(nl, 'linkedin')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // older posts on other networks do not hide a recent match
    { text: en, platform: 'x', now: NOW, recentPosts: [posted(en, 'linkedin', 30), posted(en, 'facebook', 2)], errors: [{ messageId: 'sameAsElsewhere' }] },
    // a link added to the same text
    { text: `${nl} https://example.com/werkplaats`, platform: 'x', now: NOW, recentPosts: [posted(nl, 'facebook')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // Bluesky draft of a Threads post
    { text: en, platform: 'bluesky', now: NOW, recentPosts: [posted(en, 'threads')], errors: [{ messageId: 'sameAsElsewhere' }] },
    // a LinkedIn draft of an X post
    { text: nl, platform: 'linkedin', now: NOW, recentPosts: [posted(nl, 'x', 0)], errors: [{ messageId: 'sameAsElsewhere' }] },
    // decomposed accents and curly quotes are folded before comparing
    { text: nl.replace('é', 'e\u0301'), platform: 'threads', now: NOW, recentPosts: [posted(nl, 'x')], errors: [{ messageId: 'sameAsElsewhere' }] },
  ],
});
