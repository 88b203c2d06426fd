import { joinList } from '../messages';
import { unnamedPerson, vagueStreet, withoutAge, withoutClientName } from '../privacy-edits';
import type { LocalizedSuggestion, LocalizedText, Token } from '../rule';
import { defineRule } from '../rule';
import { initialOfName, MAX_INITIALS, nameStart, PARTICLES } from '../text/person-names';
import { capitalised, readForPrivacy, type PrivacyReading } from '../text/privacy-signals';
import type { TextRange } from '../types';

/**
 * A work post that could identify a client (seed 001 point 10: what is allowed is in the organisation's social
 * media protocol, and a client's story is not). Someone is named or pointed at (mevrouw Jansen, Mrs Smith, my
 * client, Truus (79)) and the draft tells at least two things about them together: a name, an age, a street,
 * their health, debts or family situation, or that they are a client. One of those alone identifies nobody:
 * "Mevrouw Bakker, onze nieuwe teamleider" and "Open dag aan de Kerkstraat 5" stay silent, and so does anyone
 * named with a role (minister De Jonge (62), collega Sanne, wethouder Van Dam) or in a sentence about a
 * subject (a workshop on dementia). "Client" also means a business: a client named as one (Five Vegans, Acme B.V.,
 * Bakkerij De Korenbloem) or described as one ("our client, a vegan bakery") is nobody in care, and neither is a
 * client only named in a passage about work for a business (revenue, SEO, omzet) when nothing personal is told.
 */

type Detail = 'client' | 'name' | 'age' | 'street' | 'health' | 'debts' | 'family';

const DETAIL_ORDER: readonly Detail[] = ['client', 'name', 'age', 'street', 'health', 'debts', 'family'];

const DETAIL_LABELS: Record<Detail, LocalizedText> = {
  client: { en: 'the word “client”', nl: 'het woord “cliënt”' },
  name: { en: 'the name', nl: 'de naam' },
  age: { en: 'the age', nl: 'de leeftijd' },
  street: { en: 'the street', nl: 'de straat' },
  health: { en: 'the health details', nl: 'de gezondheid' },
  debts: { en: 'the debts', nl: 'de schulden' },
  family: { en: 'the family situation', nl: 'de gezinssituatie' },
};

const SOMEONE: LocalizedText = { en: 'this person', nl: 'deze persoon' };
const YOUR_CLIENT: LocalizedText = { en: 'your client', nl: 'je cliënt' };

/** English titles only count written as titles: "Mr Smith", not "I miss Sarah" or "MS" the illness. */
const ENGLISH_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** Words before "cliënt" that point at one person: my client, een cliënt (not "de cliënt staat centraal", "every client"). */
const ONE_CLIENT = new Set(['mijn', "m'n", 'een', 'deze', 'onze', 'my', 'a', 'this', 'our']);
const MAX_NAME_WORDS = 3;
/** Name, age and street: more chips than that would crowd the nudge. */
const MAX_SUGGESTIONS = 3;
const MAX_AGE = 110;

/** A number of at most three digits, and what may close "(82" as an age: ")", " jaar)", " years)". */
const AGE_DIGITS = /^\d{1,3}$/u;
const AGE_CLOSE = /\s?(?:(?:jaar|jr\.?|years?|yrs?)\s?)?\)/uy;
/** "een vrouw van 82", "a woman of 82". */
const PERSON_NOUNS = new Set(['vrouw', 'man', 'mevrouw', 'meneer', 'dame', 'heer', 'jongen', 'meisje', 'woman', 'lady', 'gentleman', 'boy', 'girl']);
/**
 * A legal form in or right after a name: Acme B.V., Harlow Ltd, De Linde vzw, Smith & Partners, Jansen & Zn. Read on
 * the name and a few characters after it, so a long draft costs no more per client.
 */
const LEGAL_FORM = /(?:^|[\s,])(?:B\.\s?V\.?|N\.\s?V\.?|BV|NV|BVBA|bvba|[Vv][Zz][Ww]|Ltd\.?|Inc\.?|GmbH|LLC|LLP|PLC|Co\.|&\s?(?:Partners|Co\b|Zn\b|Zonen))(?=$|[\s,.;:!?)])/u;
const LEGAL_FORM_REACH = 12;
/** "our client, a vegan bakery", "onze cliënt is een webshop": the words that may stand between the client and the article. */
const DESCRIBED_AS = new Set(['is', 'was', 'are', 'zijn']);
/** Only "a", "een": "my client, the school and I" lists who met, it does not say what the client is. */
const ARTICLES = new Set(['a', 'an', 'een']);
/** Adjectives may stand between the article and the business ("a family-run vegan bakery"); these end the description. */
const MAX_DESCRIBING_WORDS = 3;
const NOT_DESCRIBING = new Set(['with', 'met', 'of', 'van', 'who', 'die', 'dat', 'that', 'which', 'and', 'en', 'in', 'from', 'uit', 'for', 'voor', 'at', 'op', 'bij', 'has', 'heeft', 'her', 'his', 'haar', 'zijn', 'a', 'an', 'een', 'the', 'de', 'het']);
/** What may follow a business noun that is the head of the description: "a bakery in Leeds", "een webshop die …". Not "a shop assistant". */
const AFTER_BUSINESS = new Set(['in', 'from', 'uit', 'at', 'op', 'te', 'that', 'which', 'die', 'dat', 'with', 'met', 'for', 'voor', 'based', 'selling', 'who', 'waar', 'where', 'of', 'van', 'near', 'bij', 'on', 'called', 'named', 'genaamd', 'aan']);
/** Punctuation that ends a phrase (a hyphen does not: "webshop-eigenaar" is a person). */
const PHRASE_BREAK = /[,.;:!?()\n]/u;
/** Sentences around a client read for trade words: the one before, the client's own and the one after. */
const TRADE_REACH = 1;
/**
 * Distinct trade words that make a passage about work for a business, one of them strong: "a job in marketing, he
 * helps shops to more omzet" (two) is still a story about a person; "results, SEO, revenue" for a client is a case study.
 */
const MIN_TRADE_WORDS = 3;
/** Details that tell something personal: a client told with any of them is a person, whatever the context. */
const PERSONAL: readonly Detail[] = ['age', 'street', 'health', 'debts', 'family'];
/** Kerkstraat, Van Goghlaan, Oudegracht: a Dutch street name written as one word. */
const DUTCH_STREET = /^\p{Lu}[\p{L}\p{M}-]+(?:straat|laan|weg|plein|gracht|singel|kade|dijk|steeg|dreef)$/u;
/** A cheap test before DUTCH_STREET's Unicode classes. */
const STREET_ENDINGS = /(?:straat|laan|weg|plein|gracht|singel|kade|dijk|steeg|dreef)$/;
/** Elm Street, Church Road. */
const ENGLISH_STREET_TYPES = new Set(['Street', 'St', 'Road', 'Rd', 'Lane', 'Avenue', 'Ave', 'Drive', 'Way', 'Close', 'Crescent', 'Terrace', 'Place', 'Grove']);

interface Found {
  kind: Detail;
  sentence: number;
  range: TextRange;
  /** "haar dochter": counts only for someone the draft calls a client; otherwise it is just highlighted. */
  weak?: boolean;
  /** A one-click change that takes this detail out of the draft, where the sentence reads right without it. */
  suggestion?: LocalizedSuggestion;
}

interface Anchor {
  sentence: number;
  person: string | LocalizedText;
  kinds: Detail[];
  range?: TextRange;
  suggestion?: LocalizedSuggestion;
  /** A client in a passage about work for a business: counts only when something personal is told about them. */
  inTrade?: boolean;
}

const rangeOf = (from: Token, to: Token): TextRange => ({ start: from.start, end: to.end });

/** Dutch titles go lower case inside the message ("Maak meneer de Vries onherkenbaar"); Mr and Mrs keep their capital. */
function asWithinSentence(person: string, honorific: string): string {
  return ENGLISH_HONORIFICS.has(honorific) ? person : person.charAt(0).toLowerCase() + person.slice(1);
}

function plausibleAge(digits: string | undefined): boolean {
  const age = Number(digits);
  return Number.isInteger(age) && age > 0 && age <= MAX_AGE;
}

class Reader {
  /** Per sentence, its distinct trade words and whether one is a strong one (revenue, SEO, omzet); read once, when a client is found. */
  private trade?: Map<number, { words: Set<string>; strong: boolean }>;

  constructor(
    readonly text: string,
    readonly reading: PrivacyReading,
  ) {}

  get words(): readonly Token[] {
    return this.reading.words;
  }

  sentence(index: number): number {
    return this.reading.sentenceOf[index] ?? -1;
  }

  /** A role within two words before or three after (minister De Jonge, Mevrouw Jansen, wethouder): not a client. */
  hasRole(from: number, to: number): boolean {
    for (let index = from - 2; index <= to + 3; index++) {
      if (index >= from && index <= to) continue;
      const word = this.words[index];
      const sentence = this.sentence(index < from ? from : to);
      if (word && this.sentence(index) === sentence && this.reading.is(index, 'title')) return true;
    }
    return false;
  }

  /** The last word of a name starting at `from` (initials, particles, capitalised words), or -1 when none follow. */
  nameEnd(from: number, sentence: number): number {
    let index = from;
    let current = sentence;
    // "J. Jansen", "P. de Vries": the full stop after an initial ends no sentence when the name goes on after it.
    for (let count = 0; count < MAX_INITIALS && this.sentence(index) === current && initialOfName(this.reading, this.text, index); count++) current = this.sentence(++index);
    while (this.words[index] && this.sentence(index) === current && PARTICLES.has((this.words[index] as Token).normalized)) index++;
    let end = -1;
    for (let count = 0; count < MAX_NAME_WORDS; count++, index++) {
      const word = this.words[index];
      if (!word || this.sentence(index) !== current || !capitalised(word)) break;
      if (this.reading.is(index, 'title') || this.reading.is(index, 'honorific')) break;
      end = index;
    }
    return end;
  }

  /** Mevrouw Jansen, meneer de Vries, Mrs Smith, or a bare "mevrouw" (a person, no name). */
  honorificAnchors(): Anchor[] {
    const anchors: Anchor[] = [];
    for (const match of this.reading.matches('honorific')) {
      const first = this.words[match.wordIndex] as Token;
      if (ENGLISH_HONORIFICS.has(match.phrase) && (!capitalised(first) || first.text === first.text.toUpperCase())) continue;
      const last = match.lastWordIndex;
      // "Dhr. Yilmaz", "Mr. Smith": the full stop after an abbreviated title ends no sentence.
      const abbreviated = this.text.charAt((this.words[last] as Token).end) === '.';
      const sentence = this.sentence(abbreviated ? last + 1 : match.wordIndex);
      const end = this.nameEnd(last + 1, sentence);
      if (this.hasRole(match.wordIndex, end === -1 ? last : end)) continue;
      if (end === -1) {
        anchors.push({ sentence: this.sentence(match.wordIndex), person: SOMEONE, kinds: [] });
        continue;
      }
      const range = rangeOf(first, this.words[end] as Token);
      // "Mrs Smith's son": the message names Mrs Smith.
      const person = asWithinSentence(this.text.slice(range.start, range.end).replace(/['’]s$/u, ''), match.phrase);
      anchors.push({ sentence: this.sentence(end), person, kinds: ['name'], range, suggestion: unnamedPerson(this.text, this.reading, match, end) });
    }
    return anchors;
  }

  /** My client, een cliënt, one of my clients; with the name when one follows ("my client John"). */
  clientAnchors(): Anchor[] {
    const anchors: Anchor[] = [];
    for (const match of this.reading.matches('client')) {
      const sentence = this.sentence(match.wordIndex);
      const last = match.lastWordIndex;
      const before = this.words[match.wordIndex - 1];
      const pointsAtOne = last > match.wordIndex || (before !== undefined && this.sentence(match.wordIndex - 1) === sentence && ONE_CLIENT.has(before.normalized));
      if (!pointsAtOne) continue;
      const clientRange = rangeOf(this.words[match.wordIndex] as Token, this.words[last] as Token);
      const end = this.nameEnd(last + 1, sentence);
      const name = end === -1 ? undefined : rangeOf(this.words[last + 1] as Token, this.words[end] as Token);
      if (name && this.hasRole(last + 1, end)) continue;
      if (name && this.businessName(last + 1, end)) continue;
      if (this.describedAsBusiness(end === -1 ? last : end)) continue;
      anchors.push({
        sentence: end === -1 ? sentence : this.sentence(end),
        person: name ? this.text.slice(name.start, name.end) : YOUR_CLIENT,
        kinds: name ? ['client', 'name'] : ['client'],
        range: name ? { start: clientRange.start, end: name.end } : clientRange,
        suggestion: name && withoutClientName(this.text, this.reading, this.words[last] as Token, last + 1, end),
        inTrade: this.inTrade(sentence),
      });
    }
    return anchors;
  }

  /** Five Vegans, Bakkerij De Korenbloem, Harlow Ltd, Acme B.V., Smith & Partners: the name of a business, not a person. */
  businessName(from: number, to: number): boolean {
    for (let index = from; index <= to; index++) if (this.reading.is(index, 'businessName')) return true;
    const start = (this.words[from] as Token).start;
    const end = (this.words[to] as Token).end;
    return LEGAL_FORM.test(this.text.slice(start, end + LEGAL_FORM_REACH));
  }

  /**
   * "our client, a vegan bakery in Leeds", "onze cliënt Groenhart, een webshop", "my client is a small agency": the
   * words after the client (or their name, ending at `last`) say it is a business. Not "a shop assistant", "een
   * webshop-eigenaar", "a woman with a shop".
   */
  describedAsBusiness(last: number): boolean {
    const sentence = this.sentence(last);
    let index = last + 1;
    if (this.sentence(index) !== sentence) return false;
    if (DESCRIBED_AS.has((this.words[index] as Token).normalized)) index++;
    const article = this.words[index];
    if (!article || this.sentence(index) !== sentence || !ARTICLES.has(article.normalized)) return false;
    for (let count = 0; count <= MAX_DESCRIBING_WORDS; count++) {
      const word = this.words[++index];
      if (!word || this.sentence(index) !== sentence || PHRASE_BREAK.test(this.text.slice((this.words[index - 1] as Token).end, word.start))) return false;
      if (this.reading.is(index, 'business') && this.endsPhrase(index)) return true;
      // "a family-run bakery": a word joined on by a hyphen describes what follows, it is not the one described.
      if (this.text.charAt(word.end) === '-') continue;
      if (NOT_DESCRIBING.has(word.normalized) || PERSON_NOUNS.has(word.normalized) || this.reading.is(index, 'title') || this.reading.is(index, 'relative')) return false;
    }
    return false;
  }

  /** The word at `index` ends its phrase: punctuation or the sentence's end, a name ("the bakery Greenleaf") or a word like "in" follows. */
  endsPhrase(index: number): boolean {
    const word = this.words[index] as Token;
    const next = this.words[index + 1];
    if (!next || this.sentence(index + 1) !== this.sentence(index)) return true;
    return PHRASE_BREAK.test(this.text.slice(word.end, next.start)) || capitalised(next) || AFTER_BUSINESS.has(next.normalized);
  }

  /** At least three distinct trade words, one of them strong, in the client's sentence or the one before or after. */
  inTrade(sentence: number): boolean {
    const trade = (this.trade ??= this.tradeWords());
    const words = new Set<string>();
    let strong = false;
    for (let at = sentence - TRADE_REACH; at <= sentence + TRADE_REACH; at++) {
      const found = trade.get(at);
      if (!found) continue;
      for (const word of found.words) words.add(word);
      strong ||= found.strong;
    }
    return strong && words.size >= MIN_TRADE_WORDS;
  }

  /** One walk over the draft: each sentence's trade words, each at most once (a sentence holds no more than the word lists). */
  tradeWords(): Map<number, { words: Set<string>; strong: boolean }> {
    const trade = new Map<number, { words: Set<string>; strong: boolean }>();
    this.words.forEach((word, index) => {
      const strong = this.reading.is(index, 'trade');
      if (!strong && !this.reading.is(index, 'tradeWeak')) return;
      const sentence = this.sentence(index);
      const found = trade.get(sentence) ?? { words: new Set<string>(), strong: false };
      found.words.add(word.normalized);
      found.strong ||= strong;
      trade.set(sentence, found);
    });
    return trade;
  }

  /** Ages in brackets after a name, and written out ("82-jarige", "aged 82"); a bare "Truus (79)" also names someone. */
  ages(anchors: Anchor[]): Found[] {
    const found: Found[] = [];
    const named = merged(anchors.flatMap((anchor) => (anchor.range ? [anchor.range] : [])));
    for (const index of this.reading.numbers) {
      const number = this.words[index] as Token;
      const sentence = this.sentence(index);
      if (!AGE_DIGITS.test(number.normalized) || !plausibleAge(number.normalized) || this.reading.isExempt(sentence)) continue;
      const bracketed = this.bracketedAge(number);
      if (bracketed) this.bareName(index, bracketed, named, anchors);
      if (bracketed) found.push({ kind: 'age', sentence, range: bracketed, suggestion: withoutAge(this.text, bracketed) });
      else {
        const range = this.writtenAge(index);
        if (range) found.push({ kind: 'age', sentence, range });
      }
    }
    return found;
  }


  /** "(82)", "( 82 jaar)", "(82 years)": the brackets around an age, or undefined. */
  bracketedAge(number: Token): TextRange | undefined {
    const before = this.text.slice(Math.max(0, number.start - 2), number.start);
    if (!/\(\s?$/u.test(before)) return undefined;
    AGE_CLOSE.lastIndex = number.end;
    if (!AGE_CLOSE.test(this.text)) return undefined;
    return { start: number.start - (before.endsWith('(') ? 1 : 2), end: AGE_CLOSE.lastIndex };
  }

  /** "Truus (79)", "J. de Vries (82)": a capitalised word right before the brackets names someone, unless a title did already. */
  bareName(index: number, bracketed: TextRange, named: readonly TextRange[], anchors: Anchor[]): void {
    const name = this.words[index - 1];
    if (!name || !capitalised(name) || !/^\s?$/u.test(this.text.slice(name.end, bracketed.start))) return;
    const first = nameStart(this.reading, this.text, index - 1);
    if (this.hasRole(first, index - 1)) return;
    if (within(named, name.start)) return;
    const range = { start: (this.words[first] as Token).start, end: name.end };
    // Name and age alone are a news item ("Verstappen (27) wint"): a bare name needs one more detail.
    anchors.push({ sentence: this.sentence(index - 1), person: this.text.slice(range.start, range.end), kinds: [], range });
  }

  /** "82-jarige", "82 jaar oud", "van 82 jaar", "een vrouw van 82", "82-year-old", "aged 82", "a woman of 82". */
  writtenAge(index: number): TextRange | undefined {
    const word = (offset: number) => this.words[index + offset]?.normalized;
    const span = (from: number, to: number) => rangeOf(this.words[index + from] as Token, this.words[index + to] as Token);
    if (word(1) === 'jarige') return span(0, 1);
    if (word(1) === 'jaar' && word(2) === 'oud') return span(0, 2);
    if ((word(1) === 'year' || word(1) === 'years') && word(2) === 'old') return span(0, 2);
    if (word(-1) === 'aged') return span(-1, 0);
    if (word(-1) === 'van' && word(1) === 'jaar') return span(-1, 1);
    if ((word(-1) === 'van' || word(-1) === 'of') && PERSON_NOUNS.has(word(-2) ?? '')) return span(-2, 0);
    return undefined;
  }


  /** Kerkstraat; Elm Street after a capitalised word that does not open the sentence. */
  streets(): Found[] {
    const found: Found[] = [];
    for (const index of this.reading.capitals) {
      const word = this.words[index] as Token;
      const sentence = this.sentence(index);
      const previous = this.words[index - 1];
      let first: number | undefined;
      if (STREET_ENDINGS.test(word.normalized) && DUTCH_STREET.test(word.text)) first = index;
      else if (ENGLISH_STREET_TYPES.has(word.text) && capitalised(previous) && this.sentence(index - 1) === sentence && !this.reading.opensSentence[index - 1] && !this.longerName(index - 2)) first = index - 1;
      if (first === undefined || this.reading.isExempt(sentence)) continue;
      const range = rangeOf(this.words[first] as Token, word);
      found.push({ kind: 'street', sentence, range, suggestion: vagueStreet(this.text, this.reading, first, index) });
    }
    return found;
  }


  /** "Saks Fifth Avenue", "Hotel Church Street": a capitalised word before the street makes it a shop's or a building's name. */
  longerName(index: number): boolean {
    return capitalised(this.words[index]) && this.sentence(index) === this.sentence(index + 1) && !this.reading.opensSentence[index] && !this.reading.is(index, 'honorific');
  }

  /** Health, debts and family situation; a word written as part of a name ("Alzheimer Nederland", "Schuldhulp Zwolle") is not one. */
  sensitive(): Found[] {
    const found: Found[] = [];
    for (const kind of ['health', 'debts', 'family'] as const) {
      for (const match of this.reading.matches(kind)) {
        if (!this.reading.partOfName(match)) found.push({ kind, sentence: this.sentence(match.wordIndex), range: { start: match.start, end: match.end } });
      }
    }
    // "haar dochter", "his son": someone else's family.
    for (const match of this.reading.matches('relative')) {
      const index = match.wordIndex;
      if (this.reading.is(index - 1, 'their') && this.sentence(index - 1) === this.sentence(index) && !this.reading.isExempt(this.sentence(index))) {
        found.push({ kind: 'family', sentence: this.sentence(index), range: rangeOf(this.words[index - 1] as Token, this.words[index] as Token), weak: true });
      }
    }
    return found;
  }


  /** Sentences that go on about the person ("… Ze heeft schulden."): they start with or hold she, he, her, his. */
  referringBack(): Set<number> {
    const sentences = new Set<number>();
    this.words.forEach((_word, index) => this.reading.is(index, 'pronoun') && sentences.add(this.sentence(index)));
    return sentences;
  }
}

interface Identified {
  person: string | LocalizedText;
  kinds: Set<Detail>;
  ranges: TextRange[];
  suggestions: LocalizedSuggestion[];
}

/** The details found in each sentence. */
function bySentence(details: readonly Found[]): Map<number, Found[]> {
  const map = new Map<number, Found[]>();
  for (const detail of details) {
    const list = map.get(detail.sentence);
    if (list) list.push(detail);
    else map.set(detail.sentence, [detail]);
  }
  return map;
}

/** What someone named in a sentence is told with: the details there and, when the next sentence goes on about them, there. */
interface Near {
  details: readonly Found[];
  /** The kinds of the details that count for anyone; `all` adds "haar dochter", which counts only for a client. */
  strong: ReadonlySet<Detail>;
  all: ReadonlySet<Detail>;
}

function identify(text: string, reading: PrivacyReading): Identified | undefined {
  const reader = new Reader(text, reading);
  const anchors = [...reader.honorificAnchors(), ...reader.clientAnchors()];
  const ages = reader.ages(anchors);
  // Nobody named or pointed at, and no age that could point at someone with a street: nothing more to read.
  if (anchors.length === 0 && ages.length === 0) return undefined;
  const inSentence = bySentence([...ages, ...reader.streets(), ...reader.sensitive()]);
  // An age and a street in one sentence point at someone even unnamed ("een vrouw van 82 uit de Kerkstraat").
  const anchored = new Set(anchors.map((anchor) => anchor.sentence));
  for (const [sentence, found] of inSentence) {
    if (!anchored.has(sentence) && found.some((detail) => detail.kind === 'age') && found.some((detail) => detail.kind === 'street')) anchors.push({ sentence, person: SOMEONE, kinds: [] });
  }
  const referringBack = reader.referringBack();
  // Worked out once per sentence: a long draft naming many people in one sentence costs its length, not its square.
  const nearby = new Map<number, Near>();
  const nearOf = (sentence: number): Near => {
    let near = nearby.get(sentence);
    if (!near) {
      const details = [...(inSentence.get(sentence) ?? []), ...(referringBack.has(sentence + 1) ? (inSentence.get(sentence + 1) ?? []) : [])];
      near = { details, strong: new Set(details.filter((detail) => !detail.weak).map((detail) => detail.kind)), all: new Set(details.map((detail) => detail.kind)) };
      nearby.set(sentence, near);
    }
    return near;
  };
  let result: Identified | undefined;
  const marked = new Set<number>();
  for (const anchor of anchors.sort((a, b) => a.sentence - b.sentence)) {
    const near = nearOf(anchor.sentence);
    if (anchor.inTrade && !PERSONAL.some((kind) => near.all.has(kind))) continue;
    const counted = new Set<Detail>([...anchor.kinds, ...(anchor.kinds.includes('client') ? near.all : near.strong)]);
    if (counted.size < 2) continue;
    result ??= { person: anchor.person, kinds: new Set(), ranges: [], suggestions: [] };
    for (const kind of [...counted, ...near.all]) result.kinds.add(kind);
    if (anchor.range) result.ranges.push(anchor.range);
    if (anchor.suggestion) result.suggestions.push(anchor.suggestion);
    // A sentence's details go in once, however many people it names.
    if (marked.has(anchor.sentence)) continue;
    marked.add(anchor.sentence);
    for (const detail of near.details) {
      result.ranges.push(detail.range);
      if (detail.suggestion) result.suggestions.push(detail.suggestion);
    }
  }
  return result;
}

/** At most three changes, in reading order, none touching another (each is offered against the draft as it is). */
function apart(suggestions: readonly LocalizedSuggestion[]): LocalizedSuggestion[] {
  const out: LocalizedSuggestion[] = [];
  for (const suggestion of [...suggestions].sort((a, b) => (a.edit?.start ?? 0) - (b.edit?.start ?? 0))) {
    const previous = out[out.length - 1]?.edit;
    if (suggestion.edit && (!previous || previous.end <= suggestion.edit.start)) out.push(suggestion);
  }
  return out.slice(0, MAX_SUGGESTIONS);
}

/** `offset` falls in one of `ranges` (sorted, apart): a binary search, as a long draft can name thousands. */
function within(ranges: readonly TextRange[], offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as TextRange;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Sorted, overlaps merged: "mevrouw Jansen (82)" found as a name and as an age is marked once per word. */
function merged(ranges: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const previous = out[out.length - 1];
    if (previous && range.start < previous.end) previous.end = Math.max(previous.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'client-privacy',
    category: 'privacy',
    severity: { work: 'problem', personal: null },
    source: {
      seed: '001_0c5fd95da7adbeb7.txt',
      quote: 'Wat is wel en niet toegestaan, dat omschrijf je keurig in een social media protocol.',
      translation: 'What is and is not allowed, you set down neatly in a social media protocol.',
    },
    messages: {
      identifiesClient: {
        message: { en: 'Make {person} unrecognisable before you post', nl: 'Maak {person} onherkenbaar voor je dit plaatst' },
        explanation: {
          en: 'Together, {details} make someone recognisable, to neighbours and family too. What a client trusts you with does not belong on your work account. Leave those details out, or ask for consent first: your social media protocol says what is allowed.',
          nl: 'Samen maken {details} iemand herkenbaar, ook voor buren en familie. Wat een cliënt je toevertrouwt, hoort niet op je werkaccount. Laat die details weg, of vraag eerst toestemming: je socialemediaprotocol zegt wat mag.',
        },
      },
    },
  },
  check(context) {
    if (context.words.length < 2) return;
    const found = identify(context.text, readForPrivacy(context));
    if (!found) return;
    const labels = DETAIL_ORDER.filter((kind) => found.kinds.has(kind)).map((kind) => DETAIL_LABELS[kind]);
    context.report({
      messageId: 'identifiesClient',
      ranges: merged(found.ranges),
      suggestions: apart(found.suggestions),
      data: {
        person: found.person,
        details: { en: joinList(labels.map((label) => label.en), 'en'), nl: joinList(labels.map((label) => label.nl), 'nl') },
      },
    });
  },
});
