import conflict from '@/lib/coach/rules/conflict';
import { runRuleTests } from '../rule-tester';

runRuleTests(conflict, {
  valid: [
    { text: 'I felt so stupid when I missed the deadline, lesson learned.', platform: 'linkedin' }, // contempt turned on the writer is no contempt
    { text: 'Hoe dom kan een algoritme zijn? Wie herkent dit?', platform: 'x' }, // "dom" about a thing is not in the list: strong opinion, no contempt
    { text: '@pietjansen Vervelend dat je zo lang moest wachten. Wil je ons je klantnummer sturen via een DM?', platform: 'x', kind: 'comment' }, // calm webcare reply
    { text: "Haha I felt like such an idiot when I realised I'd packed the wrong lunchbox.", platform: 'facebook', kind: 'comment', mode: 'personal' }, // insult aimed at the writer
    { text: 'Ik voelde me eerlijk gezegd een idioot toen ik dit pas na tien jaar ontdekte.', platform: 'linkedin', kind: 'comment' }, // Dutch self-mockery
    { text: 'Je voelt je soms een idioot als het systeem weer eens vastloopt.', platform: 'linkedin', kind: 'comment' }, // generic "je" plus "voelt" is not an insult
    { text: 'I respectfully disagree. In our experience outreach works better than waiting lists.', platform: 'linkedin', kind: 'comment' }, // disagreement is not conflict
    { text: "That's a terrible take, but I appreciate you explaining it.", platform: 'mastodon', kind: 'comment', mode: 'personal' }, // blunt but civil
    { text: 'Sterkte. Mijn moeder had dezelfde soort kanker en is nu drie jaar schoon.', platform: 'bluesky', kind: 'comment', mode: 'personal' }, // "kanker" as the illness
    { text: 'You absolutely killed it on stage today.', platform: 'x', kind: 'comment', mode: 'personal' }, // "killed it" is praise, not a threat
    { text: 'DIT IS ECHT HET BELANGRIJKSTE WAT JE DEZE WEEK GAAT LEZEN.', platform: 'linkedin' }, // capitals in a post are tone, not shouting at someone
    { text: 'NASA AND ESA ARE HIRING', platform: 'x', kind: 'comment' }, // capitals with no one addressed
    { text: 'Wat een prachtige foto! Waar is dit genomen?', platform: 'instagram', kind: 'comment', mode: 'personal' }, // "wat een" before praise
    { text: 'This policy is a mistake and the council should reverse it. Our data: https://example.org/data', platform: 'threads', kind: 'comment' }, // strong opinion with data
    { text: 'Geef #idioot nooit als antwoord, zeg ik tegen @jij.', platform: 'x', kind: 'comment' }, // hashtags and mentions are syntax, not words
  ],
  invalid: [
    { text: 'Pathetic excuse by the mayor, who had to think fast on his statement.', platform: 'x', errors: [{ messageId: 'contempt', severity: 'warning' }] }, // contempt for someone not present is still contempt
    { text: 'Dat gespuis bij die demonstratie moet opgepakt worden.', platform: 'facebook', mode: 'personal', errors: [{ messageId: 'contempt', severity: 'tip' }] }, // contempt for a group: a tip among friends
    { text: 'Just blocked his account. Good riddance!', platform: 'bluesky', errors: [{ messageId: 'contempt' }] }, // a contemptuous phrase
    { text: 'Tja, linkse mafklappers, een gelukkig nieuwjaar.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // a Dutch insult for a group ("mafklappers", like the listed "mafkees")
    { text: 'De minister tekende het verdrag, de onbezonnen nitwit.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // an insult for someone not present
    { text: 'Niemand luistert meer naar deze opgeblazen zak lucht.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // "zak lucht": an insult of two words
    { text: 'Doorgeslagen mensen bij die omroep. Ik word er kotsmisselijk van.', platform: 'x', errors: [{ messageId: 'contempt' }] }, // contempt said by "ik" is still contempt
    { text: '@klantenservice Jullie zijn echt een stelletje idioten. Drie weken wachten op een antwoord.', platform: 'x', kind: 'comment', errors: [{ messageId: 'insult', severity: 'problem', ranges: [[47, 54]] }] }, // Dutch insult aimed with "jullie"
    { text: "You're an idiot if you believe this.", platform: 'facebook', kind: 'comment', mode: 'personal', errors: [{ messageId: 'insult', severity: 'problem' }] }, // personal mode too
    { text: 'Wat een sukkel ben jij zeg. Lees eerst het artikel.', platform: 'linkedin', kind: 'comment', errors: [{ messageId: 'insult' }] }, // "wat een" aims the insult
    { text: 'Klootzak. Jij bent precies wat er mis is met dit land.', platform: 'mastodon', kind: 'comment', mode: 'personal', errors: [{ messageId: 'insult' }] }, // address right after the insult
    { text: 'What a pathetic excuse for a company. Scammers, all of you.', platform: 'instagram', kind: 'comment', errors: [{ messageId: 'insult' }] }, // two insults, one nudge
    { text: 'Aan de idioten die vannacht onze fietsenstalling hebben vernield: schaam je.', platform: 'facebook', errors: [{ messageId: 'insult' }] }, // a post can insult too
    { text: 'Hou je bek jij, niemand vroeg om jouw mening.', platform: 'instagram', kind: 'comment', mode: 'personal', errors: [{ messageId: 'threat', ranges: [[0, 10]] }] }, // hostile phrase
    { text: 'I know where you live. Delete this post or you will regret it.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // threat: seed "niet dreigen"
    { text: 'Ik weet waar je woont, dus pas maar op.', platform: 'facebook', kind: 'comment', uiLocale: 'nl', errors: [{ messageId: 'threat' }] }, // Dutch threat, Dutch UI
    { text: 'Fuck off, you clueless moron.', platform: 'x', kind: 'comment', errors: [{ messageId: 'threat' }] }, // hostile phrase wins over the insults: one nudge
    { text: 'Shut up, nobody cares about your stupid opinion.', platform: 'bluesky', kind: 'comment', mode: 'personal', errors: [{ messageId: 'threat' }] }, // telling someone to shut up
    { text: '@jan YOU NEVER LISTEN TO ANYONE AND YOU NEVER WILL', platform: 'threads', kind: 'comment', mode: 'personal', errors: [{ messageId: 'shouting' }] }, // shouting at someone
    { text: '@gemeente JULLIE LUISTEREN GEWOON NOOIT NAAR BEWONERS', platform: 'x', kind: 'comment', errors: [{ messageId: 'shouting', ranges: [[10, 53]] }] }, // Dutch shouting at an account
    { text: 'Echt, you are such a moron. Lees het nou gewoon.', platform: 'x', kind: 'comment', mode: 'personal', errors: [{ messageId: 'insult' }] }, // mixed Dutch and English
    { text: 'Keep posting lies about my company and you will regret it.', platform: 'linkedin', kind: 'comment', errors: [{ messageId: 'threat' }] }, // veiled threat in a work reply
    { text: 'Als jullie dit niet rechtzetten, maak ik jullie kapot op alle sociale media.', platform: 'linkedin', kind: 'comment', errors: [{ messageId: 'threat' }] }, // Dutch word order after a condition
  ],
});
