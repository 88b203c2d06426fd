import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnsTouched, emptyMatrix, isOffFocus, MATRIX_COLUMNS, type ContentMatrix } from '@/lib/week/matrix';

const matrix = (columns: Partial<ContentMatrix>): ContentMatrix => ({ ...emptyMatrix(), ...columns });

describe('columnsTouched', () => {
  it.each<[string, string, Partial<ContentMatrix>, string[]]>([
    // the keyword itself, any case
    ['a word', 'Vandaag in het Buurthuis een koffieochtend', { local: ['buurthuis'] }, ['local']],
    // English plural
    ['an inflection', 'Three clients asked me about budgeting', { clientProblems: ['client'] }, ['clientProblems']],
    // Dutch plural with an accent the keyword doesn't have
    ['accents fold', 'Onze cliënten vertellen het zelf', { clientProblems: ['client'] }, ['clientProblems']],
    // a Dutch compound ending in the keyword
    ['compound head', 'Nieuws uit de jeugdzorg', { field: ['zorg'] }, ['field']],
    // a Dutch compound starting with the keyword
    ['compound start', 'De buurtmoestuin staat in bloei', { local: ['buurt'] }, ['local']],
    // a phrase, with its last word inflected
    ['a phrase', 'Mijn favoriete lokale activiteiten deze maand', { local: ['lokale activiteit'] }, ['local']],
    // a phrase written as one CamelCase hashtag
    ['phrase as hashtag', 'Mooie dag! #ZorgInDeWijk', { field: ['zorg in de wijk'] }, ['field']],
    // a phrase written as one lower-case hashtag
    ['phrase as flat hashtag', 'Mooie dag! #zorgindewijk', { field: ['zorg in de wijk'] }, ['field']],
    // a CamelCase hashtag carries its words
    ['word in a hashtag', 'Weer gewandeld #BergWandelen', { personal: ['wandelen'] }, ['personal']],
    // short keywords are not looked for inside other words
    ['short keyword whole', 'Werken in de ggz-instelling', { field: ['ggz'] }, ['field']],
    ['short keyword not inside a word', 'Een mooie bijeenkomst', { company: ['kom'] }, []],
    // 'werk' heads 'netwerk' as a compound: a known looseness, accepted for the compounds it finds
    ['compound head, loosely', 'Mijn netwerk', { field: ['werk'] }, ['field']],
    // several columns, in the matrix's order
    ['several columns', 'Budgetcoaching in de bibliotheek van Utrecht', { local: ['utrecht'], speciality: ['budgetcoaching'] }, ['speciality', 'local']],
    // a phrase needs its words in order
    ['phrase out of order', 'de wijk en de zorg', { field: ['zorg in de wijk'] }, []],
    // nothing touched
    ['nothing', 'Goedemorgen allemaal', { local: ['buurthuis'] }, []],
  ])('%s', (_name, text, columns, expected) => {
    expect(columnsTouched(text, matrix(columns))).toEqual(expected);
  });

  it('touches nothing with an empty matrix or an empty text', () => {
    expect(columnsTouched('Nieuws uit de jeugdzorg', emptyMatrix())).toEqual([]);
    expect(columnsTouched('', matrix({ field: ['zorg'] }))).toEqual([]);
  });

  it('never throws and only names columns that have keywords, whatever the text and keywords', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }), (text, keywords) => {
        const touched = columnsTouched(text, matrix({ local: keywords }));
        expect(touched.every((column) => column === 'local')).toBe(true);
        expect(MATRIX_COLUMNS).toEqual(expect.arrayContaining(touched));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});

describe('isOffFocus', () => {
  const filled = matrix({ local: ['buurthuis'], field: ['jeugdzorg'] });
  const long = (text: string) => `${text} ${'en verder gewoon wat tekst over van alles '.repeat(3)}`;

  it.each<[string, string, ContentMatrix, boolean]>([
    ['a post-length draft without any keyword', long('Vandaag een mooie dag gehad.'), filled, true],
    ['a keyword somewhere', long('Koffie in het buurthuis.'), filled, false],
    // a draft being started is not judged yet
    ['too short', 'Vandaag een mooie dag.', filled, false],
    // without a matrix there is no focus to be off
    ['no matrix', long('Vandaag een mooie dag gehad.'), emptyMatrix(), false],
  ])('%s', (_name, text, columns, expected) => {
    expect(isOffFocus(text, columns)).toBe(expected);
  });
});
