import { GENERIC_HASHTAGS, lexiconSet } from '../lexicons';
import { joinList, PLATFORM_NAMES } from '../messages';
import type { LocalizedText, RuleContext, Token } from '../rule';
import { defineRule } from '../rule';
import { hashtagRunsInSentences } from '../text/hashtag-runs';

/** Generic tags are judged in both languages: Dutch posts borrow English tags (#love, #business) all the time. */
const BOTH = ['nl', 'en'] as const;

function tagList(tags: readonly Token[]): string {
  return [...new Set(tags.map((tag) => tag.text))].join(' ');
}

/** The tags worth keeping: specific before generic, longer (more specific) first, then shown in draft order. */
function mostSpecific(tags: readonly Token[], isGeneric: (tag: Token) => boolean, keep: number): Token[] {
  const ranked = [...tags].sort((a, b) => Number(isGeneric(a)) - Number(isGeneric(b)) || b.text.length - a.text.length || a.start - b.start);
  return ranked.slice(0, keep).sort((a, b) => a.start - b.start);
}

function reportRepeats(context: RuleContext): void {
  const seen = new Map<string, Token>();
  const repeats = new Map<string, Token[]>();
  for (const tag of context.hashtags) {
    if (!seen.has(tag.normalized)) seen.set(tag.normalized, tag);
    else if (repeats.has(tag.normalized)) repeats.get(tag.normalized)?.push(tag);
    else repeats.set(tag.normalized, [tag]);
  }
  for (const [name, tags] of repeats) {
    const first = seen.get(name) as Token;
    const repeat = tags[0] as Token;
    context.report({
      messageId: 'duplicate',
      severity: 'problem',
      ranges: tags,
      data: { tag: first.text },
      suggestions: [{ label: { en: `Remove the repeated ${repeat.text}`, nl: `Haal de herhaalde ${repeat.text} weg` }, edit: removal(context.text, repeat) }],
    });
  }
}

/** Removes a tag with one space next to it (the one before it, else the one after), so no double space is left. */
function removal(text: string, tag: Token): { start: number; end: number; from: string; to: string } {
  const start = tag.start > 0 && text[tag.start - 1] === ' ' ? tag.start - 1 : tag.start;
  const end = start === tag.start && text[tag.end] === ' ' ? tag.end + 1 : tag.end;
  return { start, end, from: text.slice(start, end), to: '' };
}

/** "1 targeted hashtag", "2 targeted hashtags": Threads' norm is one. */
function limitTags(limit: number): LocalizedText {
  return limit === 1 ? { en: '1 targeted hashtag', nl: '1 gerichte hashtag' } : { en: `${limit} targeted hashtags`, nl: `${limit} gerichte hashtags` };
}

function mostSpecificOnes(limit: number): LocalizedText {
  return limit === 1 ? { en: 'the most specific one', nl: 'de meest gerichte' } : { en: `the ${limit} most specific ones`, nl: `de ${limit} meest gerichte` };
}

export default defineRule({
  meta: {
    id: 'hashtags',
    category: 'hashtags',
    severity: { work: 'warning', personal: 'tip' },
    source: {
      seed: '004_95873d2e7dd560ec.txt',
      quote: 'Algemene hashtags zijn daarbij vrijwel nutteloos geworden. Gebruik ze daarom spaarzaam en zo gericht mogelijk.',
    },
    messages: {
      tooMany: {
        message: { en: 'Keep at most {limitTags}', nl: 'Houd maximaal {limitTags} over' },
        explanation: {
          en: 'This post has {count} hashtags; on {platform} more than {limit} reads as a list of tags, not a message. Keep the ones your readers really follow.',
          nl: 'Dit bericht heeft {count} hashtags; op {platform} leest meer dan {limit} als een lijst tags in plaats van een bericht. Houd de tags over die je lezers echt volgen.',
        },
      },
      tooManyGeneric: {
        message: { en: 'Keep at most {limitTags}', nl: 'Houd maximaal {limitTags} over' },
        explanation: {
          en: 'This post has {count} hashtags on {platform}, and {generic} are so broad they reach nobody in particular. Keep {mostSpecific}.',
          nl: 'Dit bericht heeft {count} hashtags op {platform}, en {generic} zijn zo breed dat ze niemand in het bijzonder bereiken. Houd {mostSpecific} over.',
        },
      },
      generic: {
        message: { en: 'Swap broad hashtags for specific ones', nl: 'Ruil brede hashtags in voor gerichte' },
        explanation: {
          en: 'Everyone uses {generic}, so your post disappears among them. A specific tag reaches readers who follow that topic.',
          nl: 'Iedereen gebruikt {generic}, dus je bericht verdwijnt ertussen. Een gerichte tag bereikt lezers die dat onderwerp echt volgen.',
        },
      },
      inSentence: {
        message: { en: 'Write your sentence in words, not hashtags', nl: 'Schrijf je zin in woorden, niet in hashtags' },
        explanation: {
          en: '{tags} stand in for words here. That makes the sentence hard to read, and tags this broad help nobody find you. Write it out and add one targeted tag at the end.',
          nl: '{tags} staan hier in plaats van woorden. Dat leest lastig, en zulke brede tags helpen niemand je te vinden. Schrijf de zin uit en zet er hooguit één gerichte tag achter.',
        },
      },
      duplicate: {
        message: { en: 'Use {tag} only once', nl: 'Gebruik {tag} maar één keer' },
        explanation: {
          en: 'The same hashtag twice adds nothing and looks like a tag wall. Remove the repeat.',
          nl: 'Dezelfde hashtag twee keer voegt niets toe en oogt als een muur van tags. Haal de herhaling weg.',
        },
      },
    },
  },
  check(context) {
    const { hashtags, settings, platform } = context;
    if (hashtags.length === 0) return;
    const genericSet = lexiconSet(GENERIC_HASHTAGS, BOTH);
    const isGeneric = (tag: Token) => genericSet.has(tag.normalized) || settings.extraGenericHashtags.includes(tag.normalized);
    const unique = [...new Map(hashtags.map((tag) => [tag.normalized, tag])).values()];
    const generic = unique.filter(isGeneric);
    const genericNames = { en: joinList(generic.map((tag) => tag.text), 'en'), nl: joinList(generic.map((tag) => tag.text), 'nl') };
    const limit = settings.hashtagLimits[platform];

    // Tags written as words get one nudge about that sentence, not a second one about their number.
    const runs = hashtagRunsInSentences(context.tokens, context.text).filter((run) => run.length >= 3 || run.some(isGeneric));
    for (const run of runs) {
      const names = run.map((tag) => tag.text);
      context.report({ messageId: 'inSentence', ranges: run, data: { tags: { en: joinList(names, 'en'), nl: joinList(names, 'nl') } } });
    }
    const inRuns = new Set(runs.flat());
    reportRepeats(context);
    if (hashtags.every((tag) => inRuns.has(tag))) return;

    if (unique.length > limit) {
      // Advising to keep a broad tag would contradict the nudge: only specific tags are offered.
      const keep = mostSpecific(unique, isGeneric, limit).filter((tag) => !isGeneric(tag));
      const keepText = tagList(keep);
      context.report({
        messageId: generic.length >= 2 ? 'tooManyGeneric' : 'tooMany',
        // A wall of more than twice the norm clearly works against the post (voice.md: "hashtag wall").
        ...(unique.length > 2 * limit + 1 ? { severity: 'problem' as const } : {}),
        ranges: hashtags,
        data: { count: unique.length, limit, limitTags: limitTags(limit), mostSpecific: mostSpecificOnes(limit), platform: PLATFORM_NAMES[platform], generic: genericNames },
        suggestions: keepText ? [{ label: { en: `Keep ${keepText}`, nl: `Houd ${keepText}` } }] : [],
      });
    } else if (generic.length >= 2) {
      context.report({ messageId: 'generic', ranges: hashtags.filter(isGeneric), data: { generic: genericNames } });
    }
  },
});
