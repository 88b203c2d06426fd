// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SoftBlock, type SoftBlockProps } from '@/components/coach/soft-block';

afterEach(cleanup);

function card(props: Partial<SoftBlockProps>): string {
  render(
    <SoftBlock locale="en" scheme="light" keepClear={null} viewport={{ width: 1280, height: 800 }} snoozesLeft={2} snoozeMinutes={5} leaveHeld={false} onSnooze={vi.fn()} onLeave={vi.fn()} {...props} />,
  );
  return document.querySelector('.sc-block__card')?.textContent ?? '';
}

describe('SoftBlock says why it is there', () => {
  it.each<[string, Partial<SoftBlockProps>, string[]]>([
    ['the day’s budget (en)', {}, ['Time for something else', 'Your time starts again at midnight.']],
    ['a network’s own limit (en)', { reason: 'site', site: { platform: 'linkedin', usedMs: 600_000, limitMs: 600_000 } }, ['Enough LinkedIn for today', 'Your 10 minutes a day on LinkedIn are used.', 'Your time on LinkedIn starts again at midnight.']],
    ['a one-minute limit (nl)', { locale: 'nl', reason: 'site', site: { platform: 'x', usedMs: 60_000, limitMs: 60_000 } }, ['Genoeg X voor vandaag', 'Je ene minuut per dag op X is op.', 'Om middernacht begint je tijd op X opnieuw.']],
    ['quiet hours (en)', { reason: 'quiet', quietUntil: '07:00' }, ['Quiet hours', 'Quiet hours until 07:00.']],
    ['quiet hours (nl)', { locale: 'nl', reason: 'quiet', quietUntil: '06:30' }, ['Stille uren', 'Stille uren tot 06:30.']],
  ])('%s', (_name, props, lines) => {
    const text = card(props);
    for (const line of lines) expect(text).toContain(line);
    expect(document.querySelector('.sc-block__card')?.getAttribute('data-reason')).toBe(props.reason ?? 'budget');
  });

  it('names the network whose limit is used up in the line on when it starts again, not the whole day\'s time', () => {
    const text = card({ reason: 'site', site: { platform: 'instagram', usedMs: 900_000, limitMs: 900_000 } });
    expect(document.querySelector('.sc-block__resets')?.textContent).toBe('Your time on Instagram starts again at midnight.');
    expect(text).not.toContain('Your time starts again');
  });

  it('never says midnight during quiet hours', () => {
    expect(card({ reason: 'quiet', quietUntil: '07:00' })).not.toContain('midnight');
  });
});
