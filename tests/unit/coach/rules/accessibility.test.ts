import rule from '@/lib/coach/rules/accessibility';
import { runRuleTests } from '../rule-tester';

runRuleTests(rule, {
  valid: [
    'Tips voor je volgende post #SocialMediaTips', // already CamelCase
    { text: 'Fijne dag #zomervakantie', platform: 'instagram' }, // one Dutch compound word reads fine
    { text: 'Great #teamwork today', platform: 'linkedin' }, // a closed English compound is one word
    { text: 'Back to work #today', platform: 'x' }, // "today" must not split into to + day
    { text: 'Relaxing #sunday', platform: 'threads' }, // "sunday" must not split into sun + day
    { text: 'Mooie #workshop gegeven', platform: 'linkedin' }, // "workshop" is one word
    { text: 'Nieuw: #uitzendkracht gezocht', platform: 'mastodon' }, // a Dutch compound on Mastodon too
    { text: '#marketing #zorg #ai', platform: 'linkedin' }, // single words
    { text: 'Schrijf je in #voorjaar', platform: 'mastodon' }, // "voorjaar" stays whole
    { text: 'Wat een dag **bold** and _italic_', platform: 'linkedin' }, // markdown-style emphasis is plain letters
    { text: 'Formule: E = mc²', platform: 'x' }, // superscript is not styled letters
    { text: 'Meet #WomenInTech', platform: 'mastodon' }, // CamelCase on Mastodon
    { text: '#socialmedia2026 plannen', platform: 'linkedin' }, // digits: we do not guess
    { text: '#socialmediatips', platform: 'linkedin', settings: { disabledRules: ['accessibility'] } }, // turned off
    { text: 'Café ﬁne ｆｕｌｌ', platform: 'x' }, // ligatures and full-width are out of scope
  ],
  invalid: [
    // the issue's own example, a tip outside Mastodon
    { text: 'Tips voor je volgende post #socialmediatips', platform: 'linkedin', errors: [{ messageId: 'camelCaseHashtag', severity: 'tip', ranges: [[27, 43]] }] },
    // on Mastodon it is a warning
    { text: 'Tips for your next post #socialmediatips', platform: 'mastodon', errors: [{ messageId: 'camelCaseHashtag', severity: 'warning' }] },
    // English two-word tag with long words
    { text: 'New week #mondaymotivation', platform: 'instagram', mode: 'personal', errors: [{ messageId: 'camelCaseHashtag' }] },
    // phrase with small words in the middle
    { text: 'Nice panel #womenintech', platform: 'x', errors: [{ messageId: 'camelCaseHashtag' }] },
    // a Dutch phrase tag with "bij de"
    { text: 'Kom ook #werkenbijdeoverheid', platform: 'linkedin', uiLocale: 'nl', errors: [{ messageId: 'camelCaseHashtag' }] },
    // "het nieuwe werken"
    { text: 'Over #hetnieuwewerken', platform: 'linkedin', errors: [{ messageId: 'camelCaseHashtag' }] },
    // two tags, two nudges, in reading order
    { text: '#socialmediatips #womenintech', platform: 'facebook', errors: [{ messageId: 'camelCaseHashtag', ranges: [[0, 16]] }, { messageId: 'camelCaseHashtag', ranges: [[17, 29]] }] },
    // two broad tags the hashtag nudge asks to swap are not worth polishing: no tip for them
    { text: 'Nieuwe cursus #smallbusiness #digitalmarketing #socialmediatips', platform: 'facebook', errors: [{ messageId: 'camelCaseHashtag', ranges: [[47, 63]] }] },
    // a repeated tag gets one nudge
    { text: '#dayinthelife en nog eens #dayinthelife', platform: 'instagram', errors: [{ messageId: 'camelCaseHashtag', ranges: [[0, 13]] }] },
    // bold letters made of math symbols
    { text: '𝗕𝗶𝗴 𝗻𝗲𝘄𝘀: we are hiring', platform: 'linkedin', errors: [{ messageId: 'styledLetters', severity: 'warning', ranges: [[0, 15]] }] },
    // italic letters
    { text: 'Dit is 𝘦𝘤𝘩𝘵 belangrijk', platform: 'linkedin', uiLocale: 'nl', errors: [{ messageId: 'styledLetters', ranges: [[7, 15]] }] },
    // two styled runs, one finding with both ranges
    { text: '𝐁𝐨𝐥𝐝 and 𝑖𝑡𝑎𝑙𝑖𝑐', platform: 'facebook', errors: [{ messageId: 'styledLetters', ranges: [[0, 8], [13, 25]] }] },
    // styled digits count too
    { text: 'Top 𝟭𝟬 tips', platform: 'threads', errors: [{ messageId: 'styledLetters' }] },
    // personal mode: styled letters stay a warning
    { text: '𝓗𝓮𝓵𝓵𝓸 friends', platform: 'instagram', mode: 'personal', errors: [{ messageId: 'styledLetters', severity: 'warning' }] },
    // both problems: warning before tip
    { text: '𝗡𝗲𝘄 post #socialmediatips', platform: 'linkedin', errors: [{ messageId: 'styledLetters' }, { messageId: 'camelCaseHashtag' }] },
    // black history month, three words
    { text: 'Honouring #blackhistorymonth', platform: 'bluesky', errors: [{ messageId: 'camelCaseHashtag' }] },
  ],
});
