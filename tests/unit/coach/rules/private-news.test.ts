import { describe, expect, it } from 'vitest';
import privateNews from '@/lib/coach/rules/private-news';
import { runCase, runRuleTests } from '../rule-tester';

/** Issue #13, item 9: on Facebook in work mode this drew "Ready to post." */
const ISSUE_DRAFT = 'Sorry voor de stilte: mijn dochter is net geopereerd en ik slaap slecht. Volgende week ben ik er weer.';

runRuleTests(privateNews, {
  valid: [
    { text: ISSUE_DRAFT, platform: 'facebook', mode: 'personal' }, // personal mode: share what you like
    { text: 'Vanochtend pannenkoeken gebakken met mijn dochter voordat ik naar de training ging.', uiLocale: 'nl' }, // kids are welcome (seed 000)
    'Last year I burned out. Today I am back, four days a week. What helped you recover?', // the writer's own story
    { text: 'Mijn zoon is verkouden, dus ik werk vandaag thuis.', uiLocale: 'nl' }, // a cold is not health news
    'My wife works in the hospital as a nurse and taught me a lot about listening.', // a relative's job, not their health
    'My daughter ran 10k for cancer research this weekend. So proud of her.', // research and fundraising
    { text: 'Mijn moeder schreef een boek over haar tijd als wijkverpleegkundige bij dementie.', uiLocale: 'nl' }, // a book about a subject
    'Our clients with cancer can now join a walking group on Tuesdays.', // clients, not the writer's family
    'The surgery at Kerkweg reopens Monday: my colleague runs it.', // "surgery" the practice, no relative
    { text: 'Mijn man heeft vandaag zijn eerste marathon gelopen.', platform: 'facebook', uiLocale: 'nl' }, // family news without health
    'A stroke of luck: my brother found our old team photo.', // "stroke" in another sentence than any health news, and not health
    { text: 'Mijn dochter is net geopereerd.', platform: 'facebook', mode: 'personal' }, // personal mode
    'Support Alzheimer Nederland with my mother and me on Saturday.', // a charity, no diagnosis
    'My son was diagnosed with autism last year. It changed how I lead my team: fewer assumptions, more questions.', // a reflection on a lesson, not illness news (drafts.jsonl b4-li-en-personal-story)
    'Together with our partner GGZ Noord we open a walk-in for people with depression and burnout.', // "our partner" is an organisation's partner, not family
    { text: 'Samen met onze partner Indigo bieden we hulp bij depressie en burn-out.', uiLocale: 'nl' }, // the same in Dutch: "onze partner"
    { text: 'Mijn moeder werkte dertig jaar als verpleegkundige op de IC.', uiLocale: 'nl' }, // a relative's job in intensive care
    'My wife works in intensive care and taught me a lot about staying calm.', // the same in English
    { text: 'Mijn vader is oncoloog en behandelt al dertig jaar kanker.', uiLocale: 'nl' }, // a relative who treats cancer
  ],
  invalid: [
    { text: ISSUE_DRAFT, platform: 'facebook', uiLocale: 'nl', errors: [{ messageId: 'relativesHealth', severity: 'warning', ranges: [[22, 34], [42, 52]] }] }, // the issue's draft
    { text: ISSUE_DRAFT, platform: 'facebook', uiLocale: 'en', errors: [{ messageId: 'relativesHealth', severity: 'warning' }] }, // the same, English UI
    { text: "Writing this from the waiting room during my husband's chemo. Back on Monday.", errors: [{ messageId: 'relativesHealth', ranges: [[42, 54], [55, 60]] }] }, // the issue's English example
    { text: 'Mijn vader ligt sinds gisteren in het ziekenhuis na een hartaanval.', uiLocale: 'nl', errors: [{ messageId: 'relativesHealth' }] }, // hospital and heart attack
    { text: 'Onze jongste zoon is vorige week aan zijn hart geopereerd.', platform: 'instagram', uiLocale: 'nl', errors: [{ messageId: 'relativesHealth' }] }, // a word between "onze" and "zoon"
    { text: 'My mum was diagnosed with dementia in March, so I will work fewer hours.', platform: 'x', errors: [{ messageId: 'relativesHealth' }] }, // diagnosis
    { text: 'Mijn vrouw is vanochtend met spoed naar het ziekenhuis gebracht.', platform: 'threads', uiLocale: 'nl', errors: [{ messageId: 'relativesHealth' }] }, // an emergency
    { text: 'Our baby spent three nights in intensive care. All good now, back at my desk.', platform: 'bluesky', errors: [{ messageId: 'relativesHealth' }] }, // intensive care
    { text: 'Mijn schoonmoeder heeft kanker en ik zorg voor haar.', platform: 'mastodon', uiLocale: 'nl', errors: [{ messageId: 'relativesHealth' }] }, // cancer of an in-law
    { text: 'Mijn partner is vorige week geopereerd.', platform: 'facebook', uiLocale: 'nl', errors: [{ messageId: 'relativesHealth' }] }, // "mijn partner" is family
    { text: 'My mum was rushed to hospital last night; I will not be working this week.', errors: [{ messageId: 'relativesHealth' }] }, // "working" far after the relative is the writer's, not hers
  ],
});

describe('private-news names the relative as written', () => {
  it('quotes "mijn dochter" in both languages and leaves off the possessive', () => {
    expect(runCase(privateNews, { text: ISSUE_DRAFT, platform: 'facebook', uiLocale: 'nl' })[0]?.message).toBe('Houd het nieuws over “mijn dochter” voor vrienden');
    expect(runCase(privateNews, { text: "During my husband's chemo I work from home." })[0]?.message).toBe('Keep the news about “my husband” for friends');
  });
});
