import { analyze } from '../coach';
import type { CoachSettings, Platform } from '../coach/types';
import type { PostTraits } from '../time/posts';
import { columnsTouched, type ContentMatrix } from './matrix';

/**
 * What "your week" keeps of a published post, derived from its text at publish and nothing more: the matrix
 * columns it touched, and whether the self-promotion check (as in work mode, whatever the site's mode and whether or
 * not the nudge is on) found it
 * only about the sender; whether it went out in the user's fixed half hour is the caller's to say (it knows the zone).
 */
export function postTraits(text: string, platform: Platform, matrix: ContentMatrix, coach: CoachSettings, atFixedTime = false): PostTraits {
  // The balance is the user's figure even with the nudge turned off for their drafts.
  const settings = { ...coach, disabledRules: [] };
  const aboutSender = analyze({ text, platform }, { mode: 'work', settings }).findings.some((finding) => finding.category === 'self-promotion');
  return { columns: columnsTouched(text, matrix), aboutSender, atFixedTime };
}
