import { defineRule } from '../rule';

/** "Interesting read:" or "Lees dit" is not yet a view of your own. */
const MAX_OWN_WORDS = 3;

export default defineRule({
  meta: {
    id: 'context',
    category: 'context',
    severity: { work: 'tip', personal: 'tip' },
    // A link as a reply ("here it is: …") answers a question; only posts need their own "why".
    kinds: ['post'],
    source: { seed: '000_7507ea6b21acd829.txt', quote: 'Vooral die laatste, het waarom, is essentieel.', translation: 'Especially that last one, the why, is essential.' },
    messages: {
      bareLink: {
        message: { en: 'Say why this link matters to you', nl: 'Vertel waarom deze link de moeite waard is' },
        explanation: {
          en: 'A bare link gives readers no reason to click. One or two sentences with your own view make the post yours and start a conversation.',
          nl: 'Een kale link geeft lezers geen reden om te klikken. Eén of twee zinnen met jouw kijk erop maken het bericht van jou en openen het gesprek.',
        },
      },
    },
  },
  check(context) {
    const links = context.urls.filter((url) => !url.text.includes('@'));
    if (links.length === 0 || context.words.length > MAX_OWN_WORDS) return;
    context.report({
      messageId: 'bareLink',
      ranges: links,
      suggestions: [
        { label: { en: 'What struck me most: …', nl: 'Wat mij het meest opviel: …' } },
        { label: { en: 'Why this matters for you: …', nl: 'Waarom dit voor jou belangrijk is: …' } },
      ],
    });
  },
});
