import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionMinutes } from '@/lib/time/apportion';

const MIN = 60_000;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('apportionMinutes', () => {
  it('gives the ring’s 17 minutes to two parts of 8.6 as 9 + 8, not 8 + 8', () => {
    expect(apportionMinutes([8.6 * MIN, 8.6 * MIN], 17.2 * MIN)).toEqual([9, 8]);
  });

  it('gives the leftover minutes to the largest fractions first', () => {
    // 3.9 + 4.5 + 2.7 = 11.1 → floors 3 + 4 + 2 = 9, two more: to .9 and .7.
    expect(apportionMinutes([3.9 * MIN, 4.5 * MIN, 2.7 * MIN])).toEqual([4, 4, 3]);
  });

  it('breaks a tie in fractions towards the larger part', () => {
    expect(apportionMinutes([2.5 * MIN, 5.5 * MIN])).toEqual([2, 6]);
  });

  it('keeps whole minutes as they are', () => {
    expect(apportionMinutes([5 * MIN, 7 * MIN], 12 * MIN)).toEqual([5, 7]);
  });

  it('treats missing, negative and non-finite parts as zero', () => {
    expect(apportionMinutes([Number.NaN, -MIN, 1.5 * MIN, Number.POSITIVE_INFINITY])).toEqual([0, 0, 1, 0]);
  });

  it('caps the parts at a smaller total, taking back from the smallest fractions', () => {
    expect(apportionMinutes([5.1 * MIN, 5.9 * MIN], 10.5 * MIN)).toEqual([5, 5]);
  });

  it('always adds up to the floor of the total (or of the parts, if smaller), each part within a minute of its share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 * 3_600_000 }), { maxLength: 8 }), fc.option(fc.integer({ min: 0, max: 30 * 3_600_000 }), { nil: undefined }), (parts, total) => {
        const minutes = apportionMinutes(parts, total);
        expect(sum(minutes)).toBe(Math.floor(Math.min(sum(parts), total ?? Infinity) / MIN));
        if (total === undefined || total >= sum(parts)) {
          parts.forEach((ms, index) => expect(Math.abs((minutes[index] as number) - ms / MIN)).toBeLessThan(1));
        }
      }),
    );
  });
});
