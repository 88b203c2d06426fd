import { describe, expect, it } from 'vitest';
import { PRACTICE_EXAMPLES } from '@/components/practice/examples';
import { analyze } from '@/lib/coach';
import { RULES } from '@/lib/coach/rules';
import { MODES, PLATFORMS, type Mode, type Severity } from '@/lib/coach/types';

/**
 * The options table says per rule and mode how firmly the coach speaks (meta.severity, and meta.otherSeverities for
 * the findings that speak otherwise). Issue 13 item 6: it said "Tip" for hashtags in personal mode while Threads
 * showed a tag wall under "Fix first". Every severity the engine gives must be one the table lists.
 */
const DRAFTS = [
  ...PRACTICE_EXAMPLES.map((example) => example.text),
  'Mooie wandeling vandaag #natuur #wandelen #buiten #herfst #bos #zon #love #instagood',
  'Fijne dag gehad in het buurthuis #buurtwerk #buurtwerk',
  'Tips for #socialwork students starting their placement this week. What helped you most? #socialworkstudents',
  'Our new 𝐟𝐫𝐞𝐞 𝐰𝐨𝐫𝐤𝐬𝐡𝐨𝐩 starts Monday. Who joins?',
  'Wat een walgelijk beleid weer. Ik word er kotsmisselijk van.',
  'What a pathetic excuse for a policy. Disgusting.',
  'Like, share, comment and follow for more! Tag a friend!',
  'Onze actie loopt tot zondag. Like, deel en reageer op dit bericht en tag iemand. Volg onze pagina.',
  'Je bent een idioot en je weet er niks van. Hou gewoon je mond.',
  'JIJ SNAPT ER HELEMAAL NIETS VAN, STOP ERMEE',
  'Vandaag mijn eerste week bij het wijkteam afgerond. Veel geleerd over schuldhulp en over wat buurtbewoners nodig hebben.',
  'x'.repeat(3200),
  `${'Lang verhaal over ons werk in de wijk. '.repeat(20)}Wat vind jij?`,
];

function allowed(ruleId: string, mode: Mode): Set<Severity> {
  const meta = RULES.find((rule) => rule.meta.id === ruleId)?.meta;
  const own = meta?.severity[mode];
  return new Set([...(own ? [own] : []), ...(meta?.otherSeverities ?? []).flatMap(({ severity }) => (severity[mode] ? [severity[mode]] : []))]);
}

describe('the options table’s severities tell the truth', () => {
  const seen = new Set<string>();
  for (const mode of MODES) {
    for (const platform of PLATFORMS) {
      for (const text of DRAFTS) {
        for (const finding of analyze({ text, platform }, { mode, uiLocale: 'en' }).findings) {
          seen.add(`${finding.ruleId}/${mode}/${finding.severity}`);
        }
      }
    }
  }

  it('every finding on every network and in both modes has a severity the table lists for its rule and mode', () => {
    const untold = [...seen].filter((key) => {
      const [ruleId, mode, severity] = key.split('/') as [string, Mode, Severity];
      return !allowed(ruleId, mode).has(severity);
    });
    expect(untold).toEqual([]);
  });

  it('every other severity a rule lists is one the drafts above actually draw (the table claims nothing false)', () => {
    const claimed = RULES.flatMap(({ meta }) =>
      (meta.otherSeverities ?? []).flatMap(({ severity }) =>
        MODES.flatMap((mode) => (severity[mode] && severity[mode] !== meta.severity[mode] ? [`${meta.id}/${mode}/${severity[mode]}`] : [])),
      ),
    );
    expect(claimed.length).toBeGreaterThan(0);
    expect(claimed.filter((key) => !seen.has(key))).toEqual([]);
  });

  it('has the case of the issue: hashtags are a tip in personal mode, and a tag wall on Threads is a problem', () => {
    expect(RULES.find((rule) => rule.meta.id === 'hashtags')?.meta.severity.personal).toBe('tip');
    const wall = analyze({ text: DRAFTS[PRACTICE_EXAMPLES.length] as string, platform: 'threads' }, { mode: 'personal' });
    expect(wall.findings.find((finding) => finding.ruleId === 'hashtags')?.severity).toBe('problem');
    expect(allowed('hashtags', 'personal').has('problem')).toBe(true);
  });
});
