import { describe, expect, it } from 'vitest';
import clientPrivacy from '@/lib/coach/rules/client-privacy';
import type { Suggestion } from '@/lib/coach/types';
import { otherQuotes } from '../../voice-checks';
import { runCase, runRuleTests, type RuleCase } from '../rule-tester';

/** Issue #13, item 9: the post the issue saw go out with only "invite your readers to respond". */
const ISSUE_DRAFT = 'Vandaag mevrouw Jansen (82) uit de Kerkstraat geholpen met haar schulden… beginnende dementie, dus haar dochter weet van niks.';

runRuleTests(clientPrivacy, {
  valid: [
    { text: ISSUE_DRAFT, mode: 'personal' }, // the issue asks for work mode; personal mode stays silent
    'Minister De Jonge (62) zei vandaag dat de zorg beter moet. Wat vind jij?', // a public figure with a role and an age
    { text: 'Dank aan collega Sanne voor de training over schulden en dementie.', uiLocale: 'nl' }, // a colleague thanked by name
    { text: 'Open dag aan de Kerkstraat 5, iedereen is welkom. Kom je ook?', platform: 'facebook', uiLocale: 'nl' }, // a street in an event announcement
    { text: 'Vandaag word ik 50 jaar oud. Taart op kantoor, wie komt er?', uiLocale: 'nl' }, // the writer's own birthday
    'Mevrouw Bakker, onze nieuwe teamleider, start maandag. Welkom!', // a name and a role: one detail names nobody in need
    { text: 'Onze cliënten met schulden kunnen elke dinsdag terecht op het spreekuur.', uiLocale: 'nl' }, // plural clients, and a sentence about a service
    'Every client deserves to be heard, whatever their debts.', // "every client" is nobody in particular
    { text: 'Mevrouw Jansen geeft donderdag een workshop over dementie in het buurthuis.', uiLocale: 'nl' }, // a workshop on a subject, not a person's diagnosis
    'Congratulations to Mr Patel, our new director, on his first week.', // an honorific with a role
    { text: 'Wethouder Van Dam (58) opende vandaag het nieuwe schuldhulploket.', uiLocale: 'nl' }, // an alderman, not a client
    'Verstappen (27) wint weer in Monaco.', // a name with an age alone is a news item
    'I miss Sarah from the old team. Who else remembers her jokes?', // "miss" the verb, not Miss Sarah
    'A client told me today that she is proud of herself. That made my week.', // an anonymous client, nothing that identifies her
    'Our awareness campaign with Alzheimer Nederland starts on Monday. Mrs de Boer leads it.', // a charity's name, a named lead
    { text: 'Our clinic moved to 12 Church Road. Mrs Evans at the desk will welcome you.', platform: 'facebook' }, // a street and a receptionist: an address of a place, not a person's home
    { text: 'Concert in de J. Cruijff Arena op 12 mei. Wie gaat er mee?', uiLocale: 'nl' }, // an initial in a venue's name: nobody is pointed at
    { text: 'Een cliënt koos voor plan B. Het buurthuis aan de Kerkstraat is elke dag open.', uiLocale: 'nl' }, // "plan B." ends the sentence: a capital before a full stop is an initial only when a name follows
    { text: 'Een cliënt vroeg o.a. naar de Voedselbank. Schulden zijn geen schande, bel ons gerust.', uiLocale: 'nl' }, // "o.a." is no initial: the sentence about debts stays apart from the client
    { text: 'Lees het interview met mevrouw Jansen op p. 12. Schulden? Het loket helpt je verder.', uiLocale: 'nl' }, // "p. 12" is a page, not an initial before a name
    { text: 'Collega J. de Vries (45) vertelt over schulden en dementie.', uiLocale: 'nl' }, // a colleague: the role counts for the whole name, initial and all
    { text: 'Mevrouw J. Jansen, wethouder, opende het loket voor schulden en dementie.', uiLocale: 'nl' }, // an alderman written with her initial
    { text: 'Mevrouw X. Ze belde vandaag over het spreekuur.', uiLocale: 'nl' }, // "X." before "Ze" ends a sentence; a name alone identifies nobody
    'Mr. Brown showed us round Saks Fifth Avenue this morning, a great day out.', // a shop named after its avenue is nobody's street (a real post drew this)
    { text: 'Meneer de Vries, eigenaar van bakkerij De Korenbloem aan de Dorpsstraat, won de prijs.', uiLocale: 'nl' }, // a shop owner at the shop's address
    'Congratulations to Mrs Patel, owner of the bakery on Mill Lane, on ten years in business.', // the same in English
    // "client" also means a business (a real post drew this: an agency's case study naming its client)
    'Lunch today with our client Five Vegans, who just opened their second shop.', // a name that starts with a number word is no one's given name
    { text: 'Onze cliënt Bakkerij De Korenbloem opent zaterdag een tweede filiaal.', uiLocale: 'nl' }, // "Bakkerij" in the name makes it a business's
    'Our client Harlow Ltd opened a second office today.', // a legal form after the name
    { text: 'Onze cliënt Acme B.V. verhuist naar Utrecht.', uiLocale: 'nl' }, // a Dutch legal form with its full stops
    { text: 'Onze cliënt De Linde vzw start een nieuw project.', uiLocale: 'nl' }, // a Flemish legal form in lower case
    'Our client Smith & Partners won the tender.', // "& Partners" is a firm
    'Our client Nordwind GmbH signed for another year.', // a German legal form
    'Our client, a vegan bakery in Leeds, was deep in debt a year ago.', // described as a business: its debts are no one's private life
    { text: 'Onze cliënt, een webshop in babykleding, had vorig jaar flinke schulden.', uiLocale: 'nl' }, // the same in Dutch
    'Our client Greenleaf, a family-run bakery, opened a café.', // a named client described as a business after its name
    { text: 'Onze cliënt Groenhart is een kleine webshop uit Zwolle.', uiLocale: 'nl' }, // "is een webshop" describes a business
    { text: 'Voor onze cliënt Groenhart haalden we via SEO en advertenties 30% meer omzet.', uiLocale: 'nl' }, // work for a business: SEO, ads and revenue around a named client
    'See the results we got for our client Harvest Moon. Their revenue and online sales grew by 40% in one month.', // results, then revenue and sales in the next sentence
  ],
  invalid: [
    { text: ISSUE_DRAFT, uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', severity: 'problem', ranges: [[8, 22], [23, 27], [35, 45], [64, 72], [85, 93], [99, 111]] }] }, // the issue's draft: name, age, street, debts, diagnosis, family
    { text: ISSUE_DRAFT, uiLocale: 'en', errors: [{ messageId: 'identifiesClient', severity: 'problem' }] }, // the same draft with the English UI
    { text: 'Vanmiddag meneer de Vries uit de Kerkstraat op bezoek gehad.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[10, 25], [33, 43]] }] }, // name and street
    { text: 'Mevrouw X (82) was vandaag zo blij met haar nieuwe rollator.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[0, 9], [10, 14]] }] }, // the issue's "mevrouw X (82)"
    { text: 'My client John (82) finally got his debts sorted today.', errors: [{ messageId: 'identifiesClient', ranges: [[3, 14], [15, 19], [36, 41]] }] }, // client, name, age and debts
    { text: 'Lovely chat with Mrs Smith from Elm Street this morning.', platform: 'facebook', errors: [{ messageId: 'identifiesClient', ranges: [[17, 26], [32, 42]] }] }, // English name and street
    { text: 'Een cliënt van mij heeft na drie jaar eindelijk zijn schulden afgelost.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // a client with debts
    { text: 'One of my clients was diagnosed with dementia last month; her son lives abroad.', errors: [{ messageId: 'identifiesClient' }] }, // a client, a diagnosis and family
    { text: 'Een vrouw van 82 uit de Kerkstraat belde me vandaag in paniek.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // unnamed, but age and street together point at her
    { text: 'Truus (79) uit de Bloemstraat komt al jaren bij ons. Ze is sinds kort weduwe.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // a first name with an age and a street
    { text: 'Mr Brown came in today. He has been homeless since his divorce.', platform: 'x', errors: [{ messageId: 'identifiesClient' }] }, // the next sentence goes on about him
    { text: 'Mijn cliënt Fatima is zwanger en alleenstaand, en we zoeken een huis.', platform: 'instagram', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // a client by first name, pregnancy and family situation
    { text: 'Dhr. Yilmaz (67) zit sinds zijn beroerte in een rolstoel.', platform: 'threads', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // abbreviated title, age and health
    { text: 'Today a patient of mine, an 82-year-old widower, told me how lonely he is.', platform: 'mastodon', errors: [{ messageId: 'identifiesClient' }] }, // age, family and health without a name
    { text: 'Vandaag mevr. J. Jansen (82) uit de Kerkstraat geholpen.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[8, 23], [24, 28], [36, 46]] }] }, // an initial after an abbreviated title: the whole name is marked, not "Jansen" alone
    { text: 'Mevrouw J. Jansen heeft sinds kort schulden.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[0, 17], [35, 43]] }] }, // the initial's full stop ends no sentence: name and debts belong together (was silent)
    { text: 'Dhr. P. de Vries (67) zit sinds zijn beroerte in een rolstoel.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[0, 16], [17, 21], [37, 45], [53, 61]] }] }, // title, initial, particle and surname, then age and health
    { text: 'Mw. A. Bakker heeft schulden en beginnende dementie.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[0, 13], [20, 28], [43, 51]] }] }, // "mw." and an initial (was silent)
    { text: 'Mrs J.P. Smith has dementia and her debts keep growing.', errors: [{ messageId: 'identifiesClient', ranges: [[0, 14], [19, 27], [36, 41]] }] }, // two initials without a space between them
    { text: 'J. de Vries (82) uit de Bloemstraat heeft schulden.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[0, 11], [12, 16], [24, 35], [42, 50]] }] }, // no title: the name before an age takes its initial in
    { text: 'Mijn cliënt J. Jansen is zwanger en alleenstaand.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient', ranges: [[5, 21], [25, 32], [36, 48]] }] }, // a client named by initial and surname
    // a client in care stays a person beside the business signals
    { text: 'Mijn cliënt Fatima (34) uit Tilburg heeft eindelijk een eigen huis.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // client, first name and age
    { text: 'Een cliënt van ons met schulden belde vandaag in paniek.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // an unnamed client with debts
    { text: 'Great results this month in sales and on the website. My client John (82) finally got his debts sorted.', errors: [{ messageId: 'identifiesClient' }] }, // trade words nearby hide no age or debts
    { text: 'Our SEO work paid off in revenue. My client Anna, who has dementia, loved the new site.', errors: [{ messageId: 'identifiesClient' }] }, // nor a diagnosis
    { text: 'The results are on our website. My client Mark says thanks.', errors: [{ messageId: 'identifiesClient' }] }, // results and website alone turn up around care too
    { text: 'Mijn cliënt Jan heeft een baan gevonden in de marketing. Hij helpt nu webshops aan meer omzet.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // two trade words tell a person's new job, not a case study
    { text: 'Our SEO and ads brought in revenue. We also run a food bank. My client Mark says thanks.', errors: [{ messageId: 'identifiesClient' }] }, // trade words two sentences away say nothing of this client
    { text: 'Vandaag zaten mijn cliënt, de school en ik om tafel over zijn schulden.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // "de school" is one of those at the table, not what the client is
    { text: 'My client, a bakery owner, has been in debt since his divorce.', errors: [{ messageId: 'identifiesClient' }] }, // a bakery's owner is a person
    { text: 'Mijn cliënt, een webshop-eigenaar met schulden, belde vandaag.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // so is a webshop's, hyphen and all
    { text: 'My client, a woman with a shop in town, has been in debt for years.', errors: [{ messageId: 'identifiesClient' }] }, // a woman who has a shop is no shop
    { text: 'Mijn cliënt Jan Bakker zit sinds zijn scheiding in de schulden.', uiLocale: 'nl', errors: [{ messageId: 'identifiesClient' }] }, // a surname that is a trade (Bakker) is no business's name
    { text: 'My client, who works in a shop, has been in debt for years.', errors: [{ messageId: 'identifiesClient' }] }, // a job in a shop describes a person
  ],
});

describe('client-privacy says whom and what', () => {
  it('names the person and the details it found, in Dutch and in English', () => {
    const [nl] = runCase(clientPrivacy, { text: ISSUE_DRAFT, uiLocale: 'nl' });
    expect(nl?.message).toBe('Maak mevrouw Jansen onherkenbaar voor je dit plaatst');
    expect(nl?.explanation).toMatch(/^Samen maken de naam, de leeftijd, de straat, de gezondheid, de schulden en de gezinssituatie iemand herkenbaar/);
    const [en] = runCase(clientPrivacy, { text: 'My client John (82) finally got his debts sorted today.' });
    expect(en?.message).toBe('Make John unrecognisable before you post');
    expect(en?.explanation).toMatch(/^Together, the word “client”, the name, the age and the debts make someone recognisable/);
  });

  it('says "your client" when the client has no name', () => {
    const [finding] = runCase(clientPrivacy, { text: 'Een cliënt van mij heeft na drie jaar eindelijk zijn schulden afgelost.', uiLocale: 'nl' });
    expect(finding?.message).toBe('Maak je cliënt onherkenbaar voor je dit plaatst');
  });
});

describe('client-privacy names a person written with initials', () => {
  it.each<[string, string]>([
    ['Vandaag mevr. J. Jansen (82) uit de Kerkstraat geholpen.', 'Maak mevr. J. Jansen onherkenbaar voor je dit plaatst'], // abbreviated title and initial
    ['Dhr. P. de Vries (67) zit sinds zijn beroerte in een rolstoel.', 'Maak dhr. P. de Vries onherkenbaar voor je dit plaatst'], // initial and particle
    ['Mevrouw X. Ze heeft schulden en dementie.', 'Maak mevrouw X onherkenbaar voor je dit plaatst'], // "Ze" opens the next sentence, it is no surname
    ["Mrs Smith's son (12) has autism and ADHD.", 'Maak Mrs Smith onherkenbaar voor je dit plaatst'], // the possessive is not part of the name
  ])('%s', (text, message) => {
    expect(runCase(clientPrivacy, { text, uiLocale: 'nl' })[0]?.message).toBe(message);
  });
});

/** The draft after clicking the suggestion with this label. */
function applied(input: RuleCase, label: string): string {
  const [finding] = runCase(clientPrivacy, input);
  const edit = finding?.suggestions?.find((suggestion) => suggestion.label === label)?.edit;
  if (!edit) throw new Error(`no suggestion "${label}" among ${JSON.stringify(finding?.suggestions?.map((suggestion) => suggestion.label))}`);
  return input.text.slice(0, edit.start) + edit.to + input.text.slice(edit.end);
}

const labels = (input: RuleCase) => (runCase(clientPrivacy, input)[0]?.suggestions ?? []).map((suggestion: Suggestion) => suggestion.label);

describe('client-privacy offers changes that make the person less recognisable', () => {
  it.each<[RuleCase, string, string]>([
    // a titled name becomes someone unnamed, in the draft's language, capitalised where the sentence starts
    [{ text: ISSUE_DRAFT, uiLocale: 'nl' }, 'Vervang “mevrouw Jansen” door “een mevrouw”', ISSUE_DRAFT.replace('mevrouw Jansen', 'een mevrouw')],
    [{ text: 'Mw. A. Bakker heeft schulden en beginnende dementie.', uiLocale: 'en' }, 'Replace “Mw. A. Bakker” with “Een mevrouw”', 'Een mevrouw heeft schulden en beginnende dementie.'],
    [{ text: 'Lovely chat with Mrs Smith from Elm Street this morning.' }, 'Replace “Mrs Smith” with “a woman”', 'Lovely chat with a woman from Elm Street this morning.'],
    // an age in brackets goes out with the space before it
    [{ text: ISSUE_DRAFT, uiLocale: 'nl' }, 'Laat de leeftijd (82) weg', ISSUE_DRAFT.replace(' (82)', '')],
    // the street with its preposition (and house number) becomes the neighbourhood
    [{ text: ISSUE_DRAFT, uiLocale: 'nl' }, 'Vervang “uit de Kerkstraat” door “uit de buurt”', ISSUE_DRAFT.replace('uit de Kerkstraat', 'uit de buurt')],
    [{ text: 'Mevrouw Jansen heeft schulden, ze woont aan de Kerkstraat 12a.', uiLocale: 'nl' }, 'Vervang “aan de Kerkstraat 12a” door “in de buurt”', 'Mevrouw Jansen heeft schulden, ze woont in de buurt.'],
    [{ text: 'Lovely chat with Mrs Smith from Elm Street this morning.' }, 'Replace “from Elm Street” with “from the neighbourhood”', 'Lovely chat with Mrs Smith from the neighbourhood this morning.'],
    // a client's name goes, the word "client" stays
    [{ text: 'My client John (82) finally got his debts sorted today.' }, 'Leave out the name John', 'My client (82) finally got his debts sorted today.'],
    // an initial goes with its full stop when the sentence goes on, so no stray stop is left
    [{ text: 'Mijn cliënt P. is weer aan het werk na zijn burn-out.', uiLocale: 'nl' }, 'Laat de naam P. weg', 'Mijn cliënt is weer aan het werk na zijn burn-out.'],
    [{ text: 'Vandaag mevrouw J. geholpen met haar schulden.', uiLocale: 'nl' }, 'Vervang “mevrouw J.” door “een mevrouw”', 'Vandaag een mevrouw geholpen met haar schulden.'],
  ])('%j: %s', (input, label, result) => {
    expect(applied(input, label)).toBe(result);
  });

  it('offers at most name, age and street, in reading order', () => {
    expect(labels({ text: ISSUE_DRAFT, uiLocale: 'nl' })).toEqual([
      'Vervang “mevrouw Jansen” door “een mevrouw”',
      'Laat de leeftijd (82) weg',
      'Vervang “uit de Kerkstraat” door “uit de buurt”',
    ]);
  });

  it('says each change in the UI language with the one quote style of voice.md', () => {
    const draft = 'Lovely chat with Mrs Smith (82) from Elm Street, who has dementia.';
    const english = labels({ text: draft, uiLocale: 'en' });
    const dutch = labels({ text: draft, uiLocale: 'nl' });
    expect(english).toEqual(['Replace “Mrs Smith” with “a woman”', 'Leave out the age (82)', 'Replace “from Elm Street” with “from the neighbourhood”']);
    expect(dutch).toEqual(['Vervang “Mrs Smith” door “a woman”', 'Laat de leeftijd (82) weg', 'Vervang “from Elm Street” door “from the neighbourhood”']);
    for (const label of [...english, ...dutch]) expect(otherQuotes(label), label).toEqual([]);
  });

  it.each<[string, RuleCase, string]>([
    ['after "onze" the replacement would read "onze een mevrouw"', { text: 'Bij onze mevrouw Jansen (82) gaat het slecht met haar schulden.', uiLocale: 'nl' }, 'mevrouw Jansen'],
    ["a possessive would lose its 's", { text: "Mrs Smith's son has autism and ADHD." }, 'Smith'],
    ['a name set off by commas is no plain "client John"', { text: 'Mijn cliënt, Fatima, is zwanger en alleenstaand.', uiLocale: 'nl' }, 'Fatima'],
    ["health, debts and family words are the writer's to rewrite", { text: 'Een cliënt van mij heeft na drie jaar eindelijk zijn schulden afgelost.', uiLocale: 'nl' }, 'schulden'],
    ['a street without its preposition has no vague form that reads right', { text: 'Mevrouw Jansen heeft schulden. De Kerkstraat is haar hele wereld.', uiLocale: 'nl' }, 'Kerkstraat'],
    ['a written age: "de 82-jarige" without it reads "de"', { text: 'Vandaag de 82-jarige mevrouw Jansen geholpen met haar schulden.', uiLocale: 'nl' }, '82'],
  ])('offers no change where %s', (_why, input, word) => {
    expect(runCase(clientPrivacy, input)).toHaveLength(1);
    expect(labels(input).filter((label) => label.includes(word))).toEqual([]);
  });
});
