import rule from '@/lib/coach/rules/context';
import { runRuleTests } from '../rule-tester';

runRuleTests(rule, {
  valid: [
    'Geen link, gewoon een vraag: hoe plan jij je week?', // no link at all
    { text: 'Dit artikel laat zien waarom vrijwilligers blijven: https://example.com/vrijwilligers', platform: 'linkedin' }, // the writer says why
    { text: 'This changed how I plan my week, and it might help you too: https://example.com/plan', platform: 'x' }, // own view plus link
    { text: 'https://example.com/artikel', platform: 'x', kind: 'comment' }, // a link as a reply answers a question
    { text: 'Mail me at info@bedrijf.nl', platform: 'facebook' }, // an e-mail address is not a link to share
    { text: 'Lees hier wat wij ervan vinden en waarom het ertoe doet https://a.nl/x #zorg', platform: 'linkedin' }, // enough own words
    { text: 'https://example.com/a', platform: 'x', settings: { disabledRules: ['context'] } }, // turned off
    { text: 'Wat vinden jullie hiervan? Ik twijfel nog. https://example.com', platform: 'threads', mode: 'personal' }, // a question and a view
    { text: 'Great thread by @jan on why onboarding matters: https://example.com', platform: 'bluesky' }, // credit plus a reason
    { text: 'Onze openingstijden voor de feestdagen staan hieronder: www.bakkerij.nl/open', platform: 'facebook' }, // information with context
    { text: '#zorg #welzijn', platform: 'linkedin' }, // tags without a link
    { text: '', platform: 'linkedin' }, // empty draft
    { text: 'I wrote about the why behind our move to four-day weeks: example.com/why', platform: 'linkedin' }, // a bare domain with context
    { text: 'Dit raakte me: een verpleegkundige vertelt over haar nachtdienst https://a.nl/nacht', platform: 'instagram' }, // personal angle
    { text: '😍 Mooiste plek van Nederland, zeker weten https://maps.example.com/x', platform: 'facebook', mode: 'personal' }, // an opinion
  ],
  invalid: [
    // only a link
    { text: 'https://example.com/artikel', platform: 'linkedin', errors: [{ messageId: 'bareLink', severity: 'tip', ranges: [[0, 27]] }] },
    // a link plus tags
    { text: 'https://example.com/artikel #marketing #zorg', platform: 'linkedin', errors: [{ messageId: 'bareLink' }] },
    // "Lees dit" is not yet a view
    { text: 'Lees dit: https://example.com/artikel', platform: 'x', uiLocale: 'nl', errors: [{ messageId: 'bareLink', ranges: [[10, 37]] }] },
    // "Interesting read" neither
    { text: 'Interesting read https://example.com/post', platform: 'x', errors: [{ messageId: 'bareLink' }] },
    // emoji do not count as words
    { text: '👉 https://example.com/post 🔥🔥', platform: 'threads', errors: [{ messageId: 'bareLink' }] },
    // a mention and a link
    { text: '@jan https://example.com/post', platform: 'bluesky', errors: [{ messageId: 'bareLink' }] },
    // two links without a word
    { text: 'https://a.nl/een https://b.nl/twee', platform: 'facebook', errors: [{ messageId: 'bareLink', ranges: [[0, 16], [17, 34]] }] },
    // personal mode: still a tip
    { text: 'Must watch https://video.example.com/x', platform: 'facebook', mode: 'personal', errors: [{ messageId: 'bareLink', severity: 'tip' }] },
    // www link
    { text: 'www.voorbeeld.nl/nieuws', platform: 'mastodon', errors: [{ messageId: 'bareLink' }] },
    // bare domain with a path
    { text: 'Nieuw: voorbeeld.nl/blog', platform: 'linkedin', errors: [{ messageId: 'bareLink' }] },
    // Instagram caption with only a link
    { text: 'Link in bio https://example.com', platform: 'instagram', errors: [{ messageId: 'bareLink' }] },
    // three words is the ceiling
    { text: 'Zeker even lezen https://example.com', platform: 'linkedin', errors: [{ messageId: 'bareLink' }] },
    // trailing punctuation is not part of the highlighted link
    { text: 'Check this: https://example.com/x.', platform: 'x', errors: [{ messageId: 'bareLink', ranges: [[12, 33]] }] },
    // a link in parentheses
    { text: '(https://example.com/x)', platform: 'linkedin', errors: [{ messageId: 'bareLink', ranges: [[1, 22]] }] },
    // a Dutch UI on an English link post
    { text: 'Worth a read https://example.com', platform: 'linkedin', uiLocale: 'nl', errors: [{ messageId: 'bareLink' }] },
  ],
});
