import { keepOnlyEdit, planHashtags } from '../hashtag-plan';
import { joinList, PLATFORM_NAMES } from '../messages';
import type { LocalizedText, RuleContext, Token } from '../rule';
import { defineRule } from '../rule';
import { countStartingBefore } from '../text/token-search';

function tagNames(tags: readonly Token[]): LocalizedText {
  const names = tags.map((tag) => tag.text);
  return { en: joinList(names, 'en'), nl: joinList(names, 'nl') };
}

/**
 * A tag read as a word of its sentence ("the new #GalaxyS22 Plus", "#Feyenoord city"): a word follows it on its line.
 * Named twice so, it is the subject of the post, not a tag wall, and taking it out would break the sentence.
 */
function usedAsWord(context: RuleContext, tag: Token): boolean {
  const next = context.tokens[countStartingBefore(context.tokens, tag.end)];
  return next?.kind === 'word' && !context.text.slice(tag.end, next.start).includes('\n');
}

function reportRepeats(context: RuleContext): void {
  const seen = new Map<string, Token>();
  const repeats = new Map<string, Token[]>();
  for (const tag of context.hashtags) {
    // A tag read as a word names the subject, and naming a campaign in a sentence ("Share how you #OffCourtAssist and
    // win") and tagging it at the end is how it is done: only tags written as tags repeat one another.
    if (usedAsWord(context, tag)) continue;
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

export default defineRule({
  meta: {
    id: 'hashtags',
    category: 'hashtags',
    severity: { work: 'warning', personal: 'tip' },
    otherSeverities: [
      {
        severity: { work: 'problem', personal: 'problem' },
        when: { en: 'a repeated tag, or more than twice the network\'s number of tags', nl: 'een dubbele tag, of meer dan twee keer het aantal tags van het netwerk' },
      },
    ],
    source: {
      seed: '004_95873d2e7dd560ec.txt',
      quote: 'Algemene hashtags zijn daarbij vrijwel nutteloos geworden. Gebruik ze daarom spaarzaam en zo gericht mogelijk.',
      translation: 'Generic hashtags have become almost useless. So use them sparingly and as targeted as possible.'
    },
    messages: {
      tooMany: {
        message: { en: 'Keep at most {limitTags}', nl: 'Houd maximaal {limitTags} over' },
        explanation: {
          en: 'This post has {count} hashtags; on {platform} more than {limit} reads as a list of tags, not a message. Keep the ones your readers really follow.',
          nl: 'Dit bericht heeft {count} hashtags; op {platform} lijkt meer dan {limit} op een lijst tags in plaats van een bericht. Houd de tags over die je lezers echt volgen.',
        },
      },
      tooManyGeneric: {
        message: { en: 'Keep only {keep}', nl: 'Houd alleen {keep} over' },
        explanation: {
          en: 'This post has {count} hashtags on {platform}, and {generic} are so broad they reach nobody in particular. Keep the specific ones: {keep}.',
          nl: 'Dit bericht heeft {count} hashtags op {platform}, en {generic} zijn zo breed dat ze niemand in het bijzonder bereiken. Houd de gerichte over: {keep}.',
        },
      },
      allGeneric: {
        message: { en: 'Swap these tags for {limitTags}', nl: 'Ruil deze tags in voor {limitTags}' },
        explanation: {
          en: 'This post has {count} hashtags on {platform}, and every one of them is so broad it reaches nobody in particular. Pick tags that name your topic, your town or your field.',
          nl: 'Dit bericht heeft {count} hashtags op {platform}, en ze zijn allemaal zo breed dat ze niemand in het bijzonder bereiken. Kies tags die je onderwerp, je plaats of je vak noemen.',
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
    const plan = planHashtags(context);
    const { generic, runs, keep } = plan;
    const limit = settings.hashtagLimits[platform];

    // Tags written as words get one nudge about that sentence, not a second one about their number.
    for (const run of runs) context.report({ messageId: 'inSentence', ranges: run, data: { tags: tagNames(run) } });
    reportRepeats(context);

    if (keep) {
      // Advising to keep a broad tag would contradict the nudge: only specific tags are offered, and the
      // message names exactly the tags its suggestion keeps.
      const messageId = keep.length === 0 ? 'allGeneric' : generic.length >= 2 || keep.length < limit ? 'tooManyGeneric' : 'tooMany';
      const edit = keepOnlyEdit(context, keep);
      const keepText = keep.map((tag) => tag.text).join(' ');
      context.report({
        messageId,
        // A wall of more than twice the norm clearly works against the post (voice.md: "hashtag wall").
        ...(hashtags.length > 2 * limit + 1 ? { severity: 'problem' as const } : {}),
        ranges: hashtags,
        data: { count: hashtags.length, limit, limitTags: limitTags(limit), platform: PLATFORM_NAMES[platform], generic: tagNames(generic), keep: tagNames(keep) },
        suggestions: keep.length > 0 ? [{ label: { en: `Keep ${keepText}`, nl: `Houd ${keepText}` }, ...(edit ? { edit } : {}) }] : [],
      });
    } else if (generic.length >= 2 && hashtags.some((tag) => !runs.flat().includes(tag))) {
      context.report({ messageId: 'generic', ranges: hashtags.filter(plan.isGeneric), data: { generic: tagNames(generic) } });
    }
  },
});
