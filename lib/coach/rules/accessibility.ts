import type { LocalizedSuggestion, Token } from '../rule';
import { defineRule } from '../rule';
import { planHashtags } from '../hashtag-plan';
import { camelCase, multiWordParts } from '../text/hashtag-words';

/** "Bold" and "italic" made of Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF), words joined by spaces. */
const STYLED_RUN = /[\u{1D400}-\u{1D7FF}]+(?:[\s'’.,:;!?-]+[\u{1D400}-\u{1D7FF}]+)*/gu;
const QUOTE_LENGTH = 30;

function plainLetters(styled: string): string {
  return styled.normalize('NFKC');
}

function shorten(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).trimEnd()}…` : text;
}

function camelCaseSuggestion(tag: Token, camel: string): LocalizedSuggestion {
  return {
    label: { en: `Use ${camel}`, nl: `Gebruik ${camel}` },
    edit: { start: tag.start, end: tag.end, from: tag.text, to: camel },
  };
}

export default defineRule({
  meta: {
    id: 'accessibility',
    category: 'accessibility',
    severity: { work: 'tip', personal: 'tip' },
    otherSeverities: [
      {
        severity: { work: 'warning', personal: 'warning' },
        when: { en: 'tags on Mastodon, and letters made of maths symbols', nl: 'tags op Mastodon, en letters van wiskundige tekens' },
      },
    ],
    // No seed speaks of screen readers; this is the nearest it comes: the post is there to serve all of your readers.
    source: {
      seed: '000_7507ea6b21acd829.txt',
      quote: 'sociale media als methodisch instrument om je doelgroep beter van dienst te kunnen zijn',
      translation: 'social media as a tool to serve your audience better',
    },
    messages: {
      camelCaseHashtag: {
        message: { en: 'Write {tag} as {camel}', nl: 'Schrijf {tag} als {camel}' },
        explanation: {
          en: 'A screen reader reads a lower-case tag as one long, garbled word. A capital at the start of each word makes it readable for everyone.',
          nl: 'Een schermlezer leest een tag in kleine letters als één lang, onleesbaar woord. Met een hoofdletter per woord kan iedereen hem lezen.',
        },
      },
      styledLetters: {
        message: { en: 'Write “{plain}” in normal letters', nl: 'Schrijf “{plain}” in gewone letters' },
        explanation: {
          en: 'These letters are math symbols that only look bold or italic. Screen readers spell them out one by one, and search does not find them.',
          nl: 'Deze letters zijn wiskundige tekens die er alleen vet of schuin uitzien. Een schermlezer spelt ze letter voor letter, en zoeken vindt ze niet.',
        },
      },
    },
  },
  check(context) {
    // Mastodon's audience relies on CamelCase tags more than any other network, so there it is a warning.
    const tagSeverity = context.platform === 'mastodon' ? 'warning' : undefined;
    // A tag the hashtag nudge asks to drop is not worth polishing: the two nudges would contradict each other.
    const seen = context.hashtags.length > 0 ? new Set(planHashtags(context).dropped) : new Set<string>();
    for (const tag of context.hashtags) {
      const parts = seen.has(tag.normalized) ? null : multiWordParts(tag.text.slice(1));
      seen.add(tag.normalized);
      if (!parts) continue;
      const camel = `#${camelCase(parts)}`;
      context.report({
        messageId: 'camelCaseHashtag',
        ...(tagSeverity ? { severity: tagSeverity } : {}),
        ranges: [tag],
        data: { tag: tag.text, camel },
        suggestions: [camelCaseSuggestion(tag, camel)],
      });
    }

    const runs = [...context.text.matchAll(STYLED_RUN)];
    const first = runs[0];
    if (!first) return;
    context.report({
      messageId: 'styledLetters',
      severity: 'warning',
      ranges: runs.map((run) => ({ start: run.index, end: run.index + run[0].length })),
      data: { plain: shorten(plainLetters(first[0])) },
      suggestions: runs.slice(0, 3).map((run) => {
        const plain = plainLetters(run[0]);
        return {
          label: { en: `Use “${shorten(plain)}”`, nl: `Gebruik “${shorten(plain)}”` },
          edit: { start: run.index, end: run.index + run[0].length, from: run[0], to: plain },
        };
      }),
    });
  },
});
