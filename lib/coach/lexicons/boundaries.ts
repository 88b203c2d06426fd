import type { Lexicon } from './index';
import enBoundariesExplicit from './en/boundaries-explicit.json';
import nlBoundariesExplicit from './nl/boundaries-explicit.json';
import enBoundariesSelf from './en/boundaries-self.json';
import nlBoundariesSelf from './nl/boundaries-self.json';
import enBoundariesSelfWords from './en/boundaries-self-words.json';
import nlBoundariesSelfWords from './nl/boundaries-self-words.json';
import enBoundariesExempt from './en/boundaries-exempt.json';
import nlBoundariesExempt from './nl/boundaries-exempt.json';
import enBoundariesRecovery from './en/boundaries-recovery.json';
import nlBoundariesRecovery from './nl/boundaries-recovery.json';

/** Work/private boundaries (seed 004 point 10, 'Er zijn grenzen'). */

/** Crude or intoxicated in any sentence. */
export const EXPLICIT: Lexicon = { nl: nlBoundariesExplicit, en: enBoundariesExplicit };
/** Too private only when the writer tells it about themself. */
export const ABOUT_SELF: Lexicon = { nl: nlBoundariesSelf, en: enBoundariesSelf };
/** I, my, me: the writer in the first person singular. */
export const SELF_WORDS: Lexicon = { nl: nlBoundariesSelfWords, en: enBoundariesSelfWords };
/** Kids and pets: a potty-training story is not oversharing. */
export const EXEMPT: Lexicon = { nl: nlBoundariesExempt, en: enBoundariesExempt };
/** Quitting and recovery ("sobriety", "gestopt met drinken"): a hangover told in such a story is the start of a change. */
export const RECOVERY: Lexicon = { nl: nlBoundariesRecovery, en: enBoundariesRecovery };
