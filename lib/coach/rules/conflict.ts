import { ADDRESS, CONTEMPT, DISMISSALS, EPITHETS, FLAWS, PEOPLE, HEADS, HOSTILE_PHRASES, INSULTS, LABELS, PITY, ROLES, SCORN, SELF, SIDES, SLIGHTS, VERDICTS } from '../lexicons/conflict';
import { lexiconSet } from '../lexicons/index';
import { ACRONYMS } from '../lexicons/tone';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import type { LocalizedSuggestion, RuleContext, Token } from '../rule';
import { defineRule } from '../rule';
import { capitalRuns } from '../text/capitals';
import { countStartingBefore } from '../text/token-search';
import { placeWords } from '../text/sentences';
import type { PhraseMatch } from '../lexicons/phrases';
import { outside, unsaid } from '../text/reported-speech';
import type { TextRange } from '../types';

/** How far an insult may stand from the word that aims it at someone: "jullie zijn echt een stelletje idioten". */
const AIM_BEFORE = 4;
const AIM_AFTER = 2;
/** Capitals aimed at someone: "@jan YOU NEVER LISTEN". */
const SHOUTING_RUN = 3;

const STAY_CALM: Record<'nl' | 'en', string> = {
  nl: 'Laten we dit rustig bespreken. Stuur je me een privébericht?',
  en: "Let's talk this through calmly. Could you send me a direct message?",
};

function calmSuggestion(context: RuleContext): LocalizedSuggestion {
  const language = context.language === 'und' ? context.uiLocale : context.language;
  return { label: { nl: STAY_CALM[language], en: STAY_CALM[language] } };
}

/** Insults aimed at someone, not at the writer: "je bent een idioot" yes, "ik voelde me een idioot" no. */
function aimedInsults(context: RuleContext): Token[] {
  const words = context.words;
  const aims = new Set(findLexicon(ADDRESS, BOTH_LANGUAGES, words).map((match) => match.wordIndex));
  const self = lexiconSet(SELF, BOTH_LANGUAGES);
  return outside(findLexicon(INSULTS, BOTH_LANGUAGES, words), unsaid(context.text)).flatMap((insult) => {
    const from = Math.max(0, insult.wordIndex - AIM_BEFORE);
    const to = insult.wordIndex + AIM_AFTER;
    const nearby = words.slice(from, to + 1);
    if (nearby.some((word) => self.has(word.normalized))) return [];
    for (let index = from; index <= to; index++) {
      if (index !== insult.wordIndex && aims.has(index)) return [words[insult.wordIndex] as Token];
    }
    return [];
  });
}

/**
 * Contempt for people or groups, aimed or not ("Pathetic excuse by the mayor", "wat een tuig"), unless the
 * writer turns it on themself ("I felt so stupid").
 */
/** "Ik word er kotsmisselijk van" is contempt said by me, not about me: a bare "I" near the word turns nothing. */
const BARE_SELF = new Set(['i', 'ik', "i've"]);
let contemptSelf: ReadonlySet<string> | undefined;

/** The self words that turn contempt on the writer, built once rather than on every keystroke. */
function contemptSelfWords(): ReadonlySet<string> {
  return (contemptSelf ??= new Set([...lexiconSet(SELF, BOTH_LANGUAGES)].filter((word) => !BARE_SELF.has(word))));
}

/** Starts with a capital and has lower case: a name ("Hillary", "Comey"), not a shouted word or an acronym. */
const NAME_LIKE = /^\p{Lu}.*\p{Ll}/u;
/** Words that may follow a name right after an epithet: "Crooked Hillary is…", "de heks Kaag stond…". */
const AFTER_NAME = new Set([
  'is', 'was', 'has', 'had', 'and', 'who', 'says', 'said', 'will', 'would', 'can', 'just', 'should', 'never', 'speaks', 'wants',
  'en', 'die', 'heeft', 'zegt', 'zei', 'wil', 'moet', 'stond', 'kan', 'gaat', 'ging', 'nooit',
]);
/** A line in Title Case ("Why Failed Projects Teach Us More") is a heading: its capitals name nobody. */
const TITLE_CASE_SHARE = 0.7;
const TITLE_CASE_WORDS = 4;

/** Per draft: where each line starts, and whether it is in Title Case, worked out once per line. */
const draftLines = new WeakMap<readonly Token[], { starts: number[]; titleCase: Map<number, boolean> }>();

function linesOf(context: RuleContext): { starts: number[]; titleCase: Map<number, boolean> } {
  let lines = draftLines.get(context.words);
  if (!lines) {
    const starts = [0];
    for (let at = context.text.indexOf('\n'); at !== -1; at = context.text.indexOf('\n', at + 1)) starts.push(at + 1);
    draftLines.set(context.words, (lines = { starts, titleCase: new Map() }));
  }
  return lines;
}

function inTitleCaseLine(context: RuleContext, offset: number): boolean {
  const { text, words } = context;
  const { starts, titleCase } = linesOf(context);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  const known = titleCase.get(low);
  if (known !== undefined) return known;
  const start = starts[low] as number;
  const end = low + 1 < starts.length ? (starts[low + 1] as number) - 1 : text.length;
  let count = 0;
  let capitals = 0;
  for (let at = countStartingBefore(words, start); at < words.length && (words[at] as Token).end <= end; at++) {
    count++;
    if (NAME_LIKE.test((words[at] as Token).text)) capitals++;
  }
  const result = count >= TITLE_CASE_WORDS && capitals / count >= TITLE_CASE_SHARE;
  titleCase.set(low, result);
  return result;
}

/** Only spaces (and the apostrophe of "Lyin'") between two tokens. */
const JOINED = /^['’]?[ \u00a0]+$/u;

/** Days, months and feasts are capitalised but name nobody: "crazy Monday deals", "sleepy Sunday.". */
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag',
  'zaterdag', 'zondag', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'januari', 'februari', 'maart', 'mei', 'juni', 'juli', 'augustus', 'oktober', 'christmas', 'kerst', 'easter', 'pasen',
]);

/**
 * A person named right after `match`: an @mention, a role with a name ("Senator Marco Rubio"), or a capitalised
 * name followed by a possessive, punctuation, the end, or a word that goes on about the person. With `fullNames`,
 * also a first name and a surname ("Crooked Hillary Clinton"); words that also describe products go without it, as
 * "crazy Black Friday deals" and "lightweight Nike Air" read the same.
 */
function nameFollows(context: RuleContext, match: TextRange, fullNames: boolean): boolean {
  const { tokens, text } = context;
  const at = countStartingBefore(tokens, match.end);
  const next = tokens[at];
  if (!next || !JOINED.test(text.slice(match.end, next.start))) return false;
  if (next.kind === 'mention') return true;
  if (next.kind !== 'word' || CALENDAR.has(next.normalized)) return false;
  const after = tokens[at + 1];
  const joined = after !== undefined && JOINED.test(text.slice(next.end, after.start));
  if (lexiconSet(ROLES, BOTH_LANGUAGES).has(next.normalized)) {
    return joined && (after.kind === 'mention' || (after.kind === 'word' && NAME_LIKE.test(after.text)));
  }
  if (!NAME_LIKE.test(next.text)) return false;
  if (next.normalized.endsWith("'s") || !joined) return true;
  if (after.kind === 'mention') return true;
  return after.kind === 'word' && ((fullNames && NAME_LIKE.test(after.text)) || AFTER_NAME.has(after.normalized));
}

/** The verb and article between an @mention and what is said of it: "@jan is a failed…", "@piet is een corrupte…". */
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", 'zijn', 'blijft', 'remains']);
const PREDICATE_ARTICLES = new Set(['a', 'an', 'such', 'so', 'een', 'zo', "zo'n", 'totally', 'totaal']);

/**
 * An epithet said of an @mention: "@KarlRove is a failed…", "@jan is een corrupte…". Said of a thing ("this is a
 * failed experiment") it names nobody. Reads at most three tokens back.
 */
function saidOfMention(context: RuleContext, match: TextRange): boolean {
  const { tokens, text } = context;
  let at = countStartingBefore(tokens, match.start) - 1;
  const joined = (index: number) => JOINED.test(text.slice((tokens[index] as Token).end, (tokens[index + 1] as Token).start));
  if (at >= 0 && PREDICATE_ARTICLES.has((tokens[at] as Token).normalized) && joined(at)) at--;
  if (at < 1 || !COPULAS.has((tokens[at] as Token).normalized) || !joined(at)) return false;
  return tokens[at - 1]?.kind === 'mention' && joined(at - 1);
}

/** Name-calling: "Crooked Hillary", "Wacky @glennbeck", "lightweight Senator Marco Rubio", "de heks Kaag". */
function nameCalling(context: RuleContext): PhraseMatch[] {
  const found = [
    ...findLexicon(EPITHETS, context.lexiconLanguages, context.words).filter((match) => nameFollows(context, match, true) || saidOfMention(context, match)),
    ...findLexicon(SLIGHTS, context.lexiconLanguages, context.words).filter((match) => nameFollows(context, match, false) || saidOfMention(context, match)),
  ];
  return found.filter((match) => !inTitleCaseLine(context, match.start));
}

/** Sentence openers that may stand before a verdict: "Total disgrace!", "Wat een schande!". */
const VERDICT_LEAD = new Set(['so', 'very', 'such', 'a', 'what', 'total', 'totally', 'absolute', 'absolutely', 'utter', 'wat', 'een', 'echt', 'gewoon', 'te', 'totaal', 'zo']);
const SENTENCE_BREAK = /[.!?:;\n—–]/u;

/** A verdict shouted as its own sentence: "Treason!", "Total disgrace!", "Schandalig!". */
function verdicts(context: RuleContext): PhraseMatch[] {
  const { words, text } = context;
  return findLexicon(VERDICTS, context.lexiconLanguages, words).filter((match) => {
    if (!/^\s*!/u.test(text.slice(match.end, match.end + 3))) return false;
    let first = match.wordIndex;
    while (first > 0 && match.wordIndex - first < 2 && VERDICT_LEAD.has((words[first - 1] as Token).normalized)) first--;
    const previous = words[first - 1];
    return previous === undefined || SENTENCE_BREAK.test(text.slice(previous.end, (words[first] as Token).start));
  });
}

/** What may follow a dismissal that ends its clause: a sentence's end, a comma, or an emoji. */
const CLAUSE_END = /^\s*(?:[.!?,;:…)]|$)/u;

/**
 * "You suck", "now it just sucks.", "Your new cups suck!!", "You suck Lloyd": a verb of dismissal that ends its clause,
 * or is followed only by the name it is said to. With an object it is literal ("it sucked snow in"), and so is a
 * clause that goes on ("sucks but at least it moves").
 */
function dismissals(context: RuleContext): PhraseMatch[] {
  const { text, tokens } = context;
  return findLexicon(DISMISSALS, context.lexiconLanguages, context.words).filter((match) => {
    // "I suck." mocks the writer, not anyone else.
    if (BARE_SELF.has(context.words[match.wordIndex - 1]?.normalized ?? '')) return false;
    if (CLAUSE_END.test(text.slice(match.end, match.end + 4))) return true;
    const next = tokens[countStartingBefore(tokens, match.end)];
    if (!next || !JOINED.test(text.slice(match.end, next.start))) return false;
    if (next.kind === 'emoji' || next.kind === 'mention') return true;
    return next.kind === 'word' && NAME_LIKE.test(next.text) && CLAUSE_END.test(text.slice(next.end, next.end + 4));
  });
}

/** Verbs that say a flaw of someone, with the words that may stand between: "the staff here are lazy", "is so clueless". */
const FLAW_COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const FLAW_INTENSIFIERS = new Set(['so', 'very', 'too', 'really', 'just', 'totally', 'completely', 'utterly', 'always', 'incredibly']);
/** Flaws also said of things ("the file is corrupted", "this app is useless"): only before people do they scorn. */
const THING_FLAWS = new Set(['useless', 'worthless', 'corrupted', 'crooked']);
/** A first person before the verb turns the flaw on the writer: "I was so lazy today", "we were clueless". */
const FIRST_PERSON = new Set(['i', 'we', "i'm", "we're", 'im', 'ik', 'wij']);
/** Subjects that make the flaw a verdict on an idea: "it is foolish to ignore this", "that was lazy thinking". */
const THING_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'what', 'there', 'het', 'dit', 'dat']);
/** How far back a first person may stand from the verb: "I have been so lazy". */
const SUBJECT_REACH = 3;

/**
 * A flaw of character said of people: right before them ("our lazy PM", "foolish man", "die corrupte regering"), or
 * after a verb that says it of someone ("the staff here are lazy", "will be clueless"), unless the writer says it of
 * themself.
 */
function flawedPeople(context: RuleContext): PhraseMatch[] {
  const { words, text } = context;
  const flaws = findLexicon(FLAWS, context.lexiconLanguages, words);
  if (flaws.length === 0) return [];
  const people = lexiconSet(PEOPLE, context.lexiconLanguages);
  return flaws.flatMap((flaw) => {
    const next = words[flaw.wordIndex + 1];
    if (next && people.has(next.normalized) && JOINED.test(text.slice(flaw.end, next.start))) return [{ ...flaw, end: next.end }];
    return !THING_FLAWS.has(flaw.phrase) && saidOfSomeone(words, flaw.wordIndex) ? [flaw] : [];
  });
}

/** A verb of being right before the flaw, maybe with an intensifier ("are lazy", "is so clueless"), and no first person before it. */
function saidOfSomeone(words: readonly Token[], wordIndex: number): boolean {
  let at = wordIndex - 1;
  if (FLAW_INTENSIFIERS.has(words[at]?.normalized ?? '')) at--;
  if (!FLAW_COPULAS.has(words[at]?.normalized ?? '') || THING_SUBJECTS.has(words[at - 1]?.normalized ?? '')) return false;
  for (let back = at - 1; back >= Math.max(0, at - SUBJECT_REACH); back--) {
    if (FIRST_PERSON.has((words[back] as Token).normalized)) return false;
  }
  return true;
}

/** A contempt word inside a hashtag needs this many letters ("dumb" hides in #dumbbells), and so does the rest of the tag. */
const TAG_CONTEMPT_LETTERS = 5;
const TAG_REST_LETTERS = 3;
const contemptForTags = new Map<string, ReadonlySet<string>>();
/**
 * Words of contempt that also make ordinary compounds in tags: #clownfish, #trashart, #aprilfools, #freakshow,
 * #threestooges, #kleuterschool, #propagandaposter. Inside a tag they say nothing.
 */
const TAG_COMPOUND_WORDS = new Set([
  'clown', 'clowns', 'fools', 'freak', 'freaks', 'ghetto', 'trash', 'snowflake', 'snowflakes', 'traitor', 'traitors', 'jokers', 'liars',
  'propaganda', 'kleuters', 'zielig', 'zielige', 'paupers', 'stupid', 'stooge', 'stooges', 'rascal', 'rascals', 'crooks', 'trollen',
  'schande', 'leugens', 'pathetic', 'coward', 'cowards',
]);
/** "#antiracist", "#antifascist", "#antinazis": against the word, not scorning with it. */
const AGAINST = /^(?:anti|against|tegen|stop|no|geen)$/u;

/** The single words of contempt and insult, long enough to be read inside a hashtag, per set of languages. */
function tagContemptWords(languages: readonly ('nl' | 'en')[]): ReadonlySet<string> {
  const key = languages.join();
  let words = contemptForTags.get(key);
  if (!words) {
    const all = [...lexiconSet(CONTEMPT, languages), ...lexiconSet(INSULTS, BOTH_LANGUAGES)];
    const long = all.filter((word) => /^\p{L}+$/u.test(word) && word.length >= TAG_CONTEMPT_LETTERS && !TAG_COMPOUND_WORDS.has(word));
    contemptForTags.set(key, (words = new Set(long)));
  }
  return words;
}

/**
 * A hashtag that opens or closes with a word of contempt: "#fascistscum", "#retardedmemes", "#idiotenkabinet". Tried at
 * each split point of each tag: a draft has few tags, and the words are looked up in a set.
 */
function hashtagContempt(context: RuleContext): PhraseMatch[] {
  if (context.hashtags.length === 0) return [];
  const words = tagContemptWords(context.lexiconLanguages);
  const found: PhraseMatch[] = [];
  for (const tag of context.hashtags) {
    const name = tag.normalized;
    for (let split = TAG_REST_LETTERS; split <= name.length - TAG_REST_LETTERS; split++) {
      const head = name.slice(0, split);
      const tail = name.slice(split);
      const word = words.has(head) ? head : words.has(tail) && !AGAINST.test(head) ? tail : undefined;
      if (word) {
        found.push({ phrase: word, start: tag.start, end: tag.end, wordIndex: -1 });
        break;
      }
    }
  }
  return found;
}

/** Small words a slogan may keep in lower case: "Enemy of the People". */
const LABEL_FILLERS = new Set(['of', 'the', 'van', 'de', 'het']);

/** Slogans written as names or shouted: "the Fake News Media", "FAKE NEWS!", "Witch Hunt", not "fake news" as a topic. */
function labels(context: RuleContext): PhraseMatch[] {
  const { words } = context;
  return findLexicon(LABELS, BOTH_LANGUAGES, words).filter((match) => {
    const span: Token[] = [];
    for (let at = match.wordIndex; at < words.length && (words[at] as Token).end <= match.end; at++) span.push(words[at] as Token);
    const written = span.every((word) => LABEL_FILLERS.has(word.text) || NAME_LIKE.test(word.text) || word.text === word.text.toUpperCase());
    return written && !inTitleCaseLine(context, match.start);
  });
}

/** Letters a compound needs before its insulting head: "medelandverrader" yes, "verrader" itself is listed. */
const COMPOUND_FIRST_PART = 3;

/** Dutch compounds ending in an insult: "medelandverrader", "klimaatidioten", "deugsukkel". */
function compoundInsults(context: RuleContext): PhraseMatch[] {
  const heads = lexiconSet(HEADS, context.lexiconLanguages);
  if (heads.size === 0) return [];
  const found: PhraseMatch[] = [];
  context.words.forEach((word, wordIndex) => {
    const head = insultingHead(word.normalized, heads);
    if (head) found.push({ phrase: head, start: word.start, end: word.end, wordIndex });
  });
  return found;
}

/**
 * Each word's insulting head, remembered per list of heads: a draft's words come back on every keystroke, and trying
 * every head's ending on each of them was a tenth of the typing time on a long draft. Cleared when it grows, since
 * half-typed words pass through it too.
 */
const headsOfWords = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const REMEMBERED_WORDS = 5000;

function insultingHead(word: string, heads: ReadonlySet<string>): string | null {
  let known = headsOfWords.get(heads);
  if (!known) headsOfWords.set(heads, (known = new Map()));
  let head = known.get(word);
  if (head === undefined) {
    head = [...heads].find((candidate) => word.length >= candidate.length + COMPOUND_FIRST_PART && word.endsWith(candidate)) ?? null;
    if (known.size >= REMEMBERED_WORDS) known.clear();
    known.set(word, head);
  }
  return head;
}

/** Contempt for a political group: a side, then a word of scorn ("linkse muts", "links volk", "woke mob"). */
function scornForSides(context: RuleContext): PhraseMatch[] {
  const sides = findLexicon(SIDES, context.lexiconLanguages, context.words);
  if (sides.length === 0) return [];
  // Both lists are in reading order: one walk pairs each side with the first word of scorn after it.
  const scorn = findLexicon(SCORN, context.lexiconLanguages, context.words);
  const found: PhraseMatch[] = [];
  let next = 0;
  for (const side of sides) {
    while (next < scorn.length && (scorn[next] as PhraseMatch).start <= side.end) next++;
    const after = scorn[next];
    if (after && /^[ \u00a0-]+$/u.test(context.text.slice(side.end, after.start))) found.push({ ...side, end: after.end });
  }
  return found;
}

/**
 * A word of contempt capitalised in mid-sentence is a name ("we moved our data to Snowflake", "a Freak Show ticket"):
 * right after another word, with only spaces or a comma between; not after a sentence's end, a quote, a line break
 * or the @mentions a reply opens with.
 */
function properName(context: RuleContext, match: TextRange): boolean {
  const { text, tokens } = context;
  if (!NAME_LIKE.test(text.slice(match.start, match.end))) return false;
  const previous = tokens[countStartingBefore(tokens, match.start) - 1];
  if (previous?.kind === 'word' && /^,?[ \u00a0]+$/u.test(text.slice(previous.end, match.start))) return true;
  return listedName(text, match);
}

/** A list item's marker at the start of a line: "21. ", "3) ", "- ", "• " (looked for in the few characters before a word). */
const MARKER_REACH = 8;
const LIST_MARKER = /\n[ \t]*(?:\d{1,3}[.)]|[-•*–])[ \t]+$/u;
/** What follows a listed name: its link, maybe after a dash or colon ("21. Snowflake - https://…"). */
const AFTER_LISTED = /^[ \t]*(?:[-–—:][ \t]*)?https?:\/\//u;

/**
 * A capitalised word that makes a list item with nothing but its link names a tool or a product ("21. Snowflake -
 * https://…"): a list of links to names is no contempt; "- Idiots" alone stays one. Reads a few characters either side only.
 */
function listedName(text: string, match: TextRange): boolean {
  const from = Math.max(0, match.start - MARKER_REACH);
  // At the draft's start the line starts too: a line break stands in for it.
  const before = `${from === 0 ? '\n' : ''}${text.slice(from, match.start)}`;
  return LIST_MARKER.test(before) && AFTER_LISTED.test(text.slice(match.end, match.end + 12));
}

/**
 * "Don't be a scammer", "Wees geen sukkel": the words before an insult that make it advice; "Beware of scammers",
 * "Pas op voor oplichters" make it a warning to the reader.
 */
const ADVICE = [
  ["don't", 'be'], ['dont', 'be'], ['never', 'be'], ['do', 'not', 'be'], ['wees', 'geen'], ['word', 'geen'],
  ['beware', 'of'], ['watch', 'out', 'for'], ['pas', 'op', 'voor'], ['let', 'op', 'voor'],
];
const ADVICE_ARTICLES = new Set(['a', 'an', 'that', 'the']);

/**
 * In a post, an insult in a piece of advice ("Don't be a scammer. Build something people need.") calls nobody a
 * name; in a reply it is aimed at the one replied to ("don't be an idiot").
 */
function advice(context: RuleContext, wordIndex: number): boolean {
  if (context.kind !== 'post') return false;
  const { words } = context;
  let end = wordIndex;
  if (ADVICE_ARTICLES.has(words[end - 1]?.normalized ?? '')) end--;
  return ADVICE.some((phrase) => phrase.every((word, index) => words[end - phrase.length + index]?.normalized === word));
}

/** Words of contempt that, right before another word, make a compound about a thing: "trash can", "trash music". */
const NOUN_MODIFIERS = new Set(['trash']);

/** "low key trash wraps", "a trash bag": the word names a kind of thing; said of people ("trash people") it scorns them. */
function modifiesNoun(context: RuleContext, match: PhraseMatch): boolean {
  if (!NOUN_MODIFIERS.has(match.phrase)) return false;
  const next = context.words[match.wordIndex + 1];
  if (!next || !/^[ \u00a0]+$/u.test(context.text.slice(match.end, next.start))) return false;
  return !lexiconSet(PEOPLE, BOTH_LANGUAGES).has(next.normalized);
}

function contemptWords(context: RuleContext): Token[] {
  const words = context.words;
  const self = contemptSelfWords();
  const insults = [...findLexicon(CONTEMPT, context.lexiconLanguages, words), ...findLexicon(INSULTS, BOTH_LANGUAGES, words), ...flawedPeople(context)];
  const pity = findLexicon(PITY, context.lexiconLanguages, words);
  const placed = insults.length > 0 ? placeWords(context.tokens, context.text) : [];
  const kept = insults.filter((insult) => {
    // Only the insult's own sentence can turn it on the writer: "he tweets what he feels! If idiots react?" is no self-mockery.
    const sentence = placed[insult.wordIndex]?.sentence;
    const nearby = placed.slice(Math.max(0, insult.wordIndex - AIM_BEFORE), insult.wordIndex + AIM_AFTER + 1).filter((word) => word.sentence === sentence);
    if (nearby.some((word) => self.has(word.token.normalized)) || properName(context, insult) || advice(context, insult.wordIndex)) return false;
    if (modifiesNoun(context, insult)) return false;
    return !pity.some((phrase) => phrase.start <= insult.start && insult.end <= phrase.end);
  });
  kept.push(...nameCalling(context), ...verdicts(context), ...dismissals(context), ...hashtagContempt(context), ...labels(context), ...compoundInsults(context), ...scornForSides(context));
  // Words a news post quotes from someone else ("\"…disgusting…\" said X") are reported, not said; nor are emoji shortcodes.
  return outside(kept, unsaid(context.text))
    .sort((a, b) => a.start - b.start)
    .filter((match, index, all) => index === 0 || match.start >= (all[index - 1] as { end: number }).end)
    .map((match) => ({ kind: 'word', text: context.text.slice(match.start, match.end), normalized: match.phrase, start: match.start, end: match.end }));
}

/** A reply in capitals that addresses someone: "JULLIE LUISTEREN NOOIT". */
function shoutingAtSomeone(context: RuleContext): Token[] | undefined {
  if (context.kind !== 'comment') return undefined;
  const address = lexiconSet(ADDRESS, BOTH_LANGUAGES);
  const runs = capitalRuns(context.words, context.text, lexiconSet(ACRONYMS, BOTH_LANGUAGES));
  return runs.find((run) => run.length >= SHOUTING_RUN && run.some((word) => address.has(word.normalized)));
}

export default defineRule({
  meta: {
    id: 'conflict',
    category: 'conflict',
    severity: { work: 'problem', personal: 'problem' },
    otherSeverities: [
      {
        severity: { work: 'warning', personal: 'tip' },
        when: { en: 'a word of contempt not aimed at anyone', nl: 'een minachtend woord dat op niemand gericht is' },
      },
    ],
    source: { seed: '004_95873d2e7dd560ec.txt', quote: 'Ga vooral niet schelden, niet dreigen en niet deleten.', translation: 'Above all, don\'t call names, don\'t threaten and don\'t delete.' },
    messages: {
      threat: {
        message: { en: "Drop “{phrase}” and offer to talk directly", nl: "Laat “{phrase}” weg en bied een gesprek aan" },
        explanation: {
          en: "“{phrase}” reads as a threat or an attack, and everyone reads along. No swearing, no threats, no deleting. Stay calm and offer to continue in a direct message.",
          nl: "“{phrase}” komt over als een dreiging of aanval, en iedereen leest mee. Niet schelden, niet dreigen en niet verwijderen. Blijf rustig en bied aan verder te praten via een privébericht.",
        },
      },
      insult: {
        message: { en: "Stay calm: drop “{word}” and talk it over", nl: "Blijf rustig: laat “{word}” weg en praat het uit" },
        explanation: {
          en: "Calling someone “{word}” feeds the fight and makes you the one people remember. Others judge how you handle criticism. Answer the point, then offer to continue in a direct message.",
          nl: "Iemand “{word}” noemen voedt de ruzie en maakt jou degene die mensen onthouden. Anderen kijken hoe jij met kritiek omgaat. Reageer op de inhoud en bied aan verder te praten via een privébericht.",
        },
      },
      contempt: {
        message: { en: "Say what you disagree with, without “{word}”", nl: "Zeg waar je het mee oneens bent, zonder “{word}”" },
        explanation: {
          en: "“{word}” reads as contempt, and on a work account it sticks to your name. A strong opinion is welcome: aim it at the decision or the idea, not at people. No swearing, no threats.",
          nl: "“{word}” komt over als minachting, en op een werkaccount blijft dat aan je naam kleven. Een stevige mening mag: richt hem op het besluit of het idee, niet op mensen. Niet schelden, niet dreigen.",
        },
      },
      shouting: {
        message: { en: 'Reply calmly, without the {count} capital words', nl: 'Reageer rustig, zonder {count} woorden in hoofdletters' },
        explanation: {
          en: 'Capitals aimed at someone read as shouting at them. A calm reply gets further, and the people reading along notice. Offer to continue the conversation in a direct message.',
          nl: 'Hoofdletters naar iemand toe komen over als schreeuwen. Een rustig antwoord komt verder, en wie meeleest ziet dat ook. Bied aan het gesprek via een privébericht voort te zetten.',
        },
      },
    },
  },
  check(context) {
    const suggestions = [calmSuggestion(context)];
    const hostile = findLexicon(HOSTILE_PHRASES, BOTH_LANGUAGES, context.words);
    const [firstHostile] = hostile;
    if (firstHostile) {
      const phrase = context.text.slice(firstHostile.start, firstHostile.end);
      context.report({ messageId: 'threat', ranges: hostile, data: { phrase }, suggestions });
      return;
    }
    const insults = aimedInsults(context);
    const [firstInsult] = insults;
    if (firstInsult) {
      context.report({ messageId: 'insult', ranges: insults, data: { word: firstInsult.text }, suggestions });
      return;
    }
    const shouting = shoutingAtSomeone(context);
    const [first] = shouting ?? [];
    const last = shouting?.[shouting.length - 1];
    if (shouting && first && last) {
      context.report({ messageId: 'shouting', ranges: [{ start: first.start, end: last.end }], data: { count: shouting.length }, suggestions });
      return;
    }
    const contempt = contemptWords(context);
    const [firstContempt] = contempt;
    // Not aimed at anyone present, so a warning at work and a tip in personal mode, not a problem.
    if (firstContempt) {
      context.report({ messageId: 'contempt', severity: context.mode === 'work' ? 'warning' : 'tip', ranges: contempt, data: { word: firstContempt.text }, suggestions });
    }
  },
});
