import type { Lexicon } from './index';
import enConflictInsults from './en/conflict-insults.json';
import nlConflictInsults from './nl/conflict-insults.json';
import enConflictAddress from './en/conflict-address.json';
import nlConflictAddress from './nl/conflict-address.json';
import enConflictSelf from './en/conflict-self.json';
import nlConflictSelf from './nl/conflict-self.json';
import enConflictPhrases from './en/conflict-phrases.json';
import enConflictContempt from './en/conflict-contempt.json';
import nlConflictContempt from './nl/conflict-contempt.json';
import nlConflictPhrases from './nl/conflict-phrases.json';
import enConflictEpithets from './en/conflict-epithets.json';
import nlConflictEpithets from './nl/conflict-epithets.json';
import enConflictSlights from './en/conflict-slights.json';
import nlConflictSlights from './nl/conflict-slights.json';
import enConflictRoles from './en/conflict-roles.json';
import nlConflictRoles from './nl/conflict-roles.json';
import enConflictVerdicts from './en/conflict-verdicts.json';
import nlConflictVerdicts from './nl/conflict-verdicts.json';
import enConflictLabels from './en/conflict-labels.json';
import nlConflictLabels from './nl/conflict-labels.json';
import enConflictPity from './en/conflict-pity.json';
import enConflictHeads from './en/conflict-heads.json';
import nlConflictHeads from './nl/conflict-heads.json';
import enConflictSides from './en/conflict-sides.json';
import nlConflictSides from './nl/conflict-sides.json';
import enConflictScorn from './en/conflict-scorn.json';
import nlConflictScorn from './nl/conflict-scorn.json';
import nlConflictPity from './nl/conflict-pity.json';
import enConflictFlaws from './en/conflict-flaws.json';
import nlConflictFlaws from './nl/conflict-flaws.json';
import enConflictPeople from './en/conflict-people.json';
import nlConflictPeople from './nl/conflict-people.json';
import enConflictDismissals from './en/conflict-dismissals.json';
import nlConflictDismissals from './nl/conflict-dismissals.json';

/** Heated replies (seed 004 point 14, seed 000 knelpunt 3). */

/** Insults: they count only when aimed at someone. */
export const INSULTS: Lexicon = { nl: nlConflictInsults, en: enConflictInsults };
/** Words that aim an insult at someone: you, jullie, wat een. */
export const ADDRESS: Lexicon = { nl: nlConflictAddress, en: enConflictAddress };
/** Words that turn an insult on the writer: 'ik voelde me een idioot'. */
export const SELF: Lexicon = { nl: nlConflictSelf, en: enConflictSelf };
/** Threats and hostile phrases that count on their own. */
export const HOSTILE_PHRASES: Lexicon = { nl: nlConflictPhrases, en: enConflictPhrases };
/** Contempt for people or groups ("pathetic", "tuig", "good riddance"): counts aimed or not, in the draft's own language. */
export const CONTEMPT: Lexicon = { nl: nlConflictContempt, en: enConflictContempt };
/** Name-calling: a word that mocks the person whose name follows ("Crooked Hillary", "Lyin' Ted", "de heks Kaag"). */
export const EPITHETS: Lexicon = { nl: nlConflictEpithets, en: enConflictEpithets };
/**
 * Words that also describe things ("crazy Black Friday deals", "a lightweight Nike jacket"): name-calling only before
 * an @mention, a role with a name, or one name alone ("Crazy Bernie is…", "failing @nytimes").
 */
export const SLIGHTS: Lexicon = { nl: nlConflictSlights, en: enConflictSlights };
/** Titles and roles a name may follow ("lightweight Senator Marco Rubio", "die domme scheidsrechter Kuipers"). */
export const ROLES: Lexicon = { nl: nlConflictRoles, en: enConflictRoles };
/** One-word verdicts shouted as a sentence of their own ("Treason!", "Schandalig!"). */
export const VERDICTS: Lexicon = { nl: nlConflictVerdicts, en: enConflictVerdicts };
/** Slogans that label opponents when written as a name, in capitals ("the Fake News Media", "WITCH HUNT"). */
export const LABELS: Lexicon = { nl: nlConflictLabels, en: enConflictLabels };
/** Pity, not scorn: "zo zielig", "wat sneu" about a shivering dog or a lost match. A contempt word inside one counts not. */
export const PITY: Lexicon = { nl: nlConflictPity, en: enConflictPity };
/** Insults that end a Dutch compound ("medelandverrader", "klimaatidioot", "deugsukkel"): the head carries the insult. */
export const HEADS: Lexicon = { nl: nlConflictHeads, en: enConflictHeads };
/** Political sides ("linkse", "woke", "far left") that, before a word of scorn, make contempt for a group. */
export const SIDES: Lexicon = { nl: nlConflictSides, en: enConflictSides };
/** Words of scorn for a group after a side: "linkse muts", "links volk", "radical left lunatics", "woke mob". */
export const SCORN: Lexicon = { nl: nlConflictScorn, en: enConflictScorn };
/** Verbs that dismiss someone or something when they end the clause: "you suck", "now it just sucks.", "You suck Lloyd". */
export const DISMISSALS: Lexicon = { nl: nlConflictDismissals, en: enConflictDismissals };
/** Flaws of character ("lazy", "corrupt", "luie"): contempt when said of the people right after them ("our lazy PM"). */
export const FLAWS: Lexicon = { nl: nlConflictFlaws, en: enConflictFlaws };
/** People and the bodies they make up ("PM", "staff", "regering"): a flaw before them is aimed at people. */
export const PEOPLE: Lexicon = { nl: nlConflictPeople, en: enConflictPeople };
