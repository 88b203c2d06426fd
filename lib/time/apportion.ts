/**
 * Whole minutes for a total and its parts that add up (issue 13, item 6: the ring said 17 min while its parts said
 * 8 + 8). The total is floored, as the ring shows it; its minutes go to the parts by largest remainder: each part
 * gets its own whole minutes, and the minutes left over go one each to the parts with the largest fractions (ties
 * to the larger part, then to the earlier one). The total, when given, caps the parts: they add up to the floor of
 * the smaller of the total and their own sum.
 */
const MINUTE_MS = 60_000;

export function apportionMinutes(partsMs: readonly number[], totalMs?: number): number[] {
  const parts = partsMs.map((ms) => (Number.isFinite(ms) && ms > 0 ? ms : 0));
  const sum = parts.reduce((total, ms) => total + ms, 0);
  const target = Math.floor(Math.min(sum, totalMs ?? sum) / MINUTE_MS);
  const whole = parts.map((ms) => Math.floor(ms / MINUTE_MS));
  let left = target - whole.reduce((total, minutes) => total + minutes, 0);
  const byRemainder = parts
    .map((ms, index) => ({ index, ms, remainder: ms - (whole[index] as number) * MINUTE_MS }))
    .sort((a, b) => b.remainder - a.remainder || b.ms - a.ms || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    whole[index] = (whole[index] as number) + 1;
    left -= 1;
  }
  // A total below the parts' own whole minutes (parts stored a little over it): the smallest fractions give back.
  const givers = byRemainder.reverse();
  while (left < 0) {
    const giver = givers.find(({ index }) => (whole[index] as number) > 0);
    if (!giver) break;
    whole[giver.index] = (whole[giver.index] as number) - 1;
    left += 1;
    // The next minute from another part where one has one, so no part gives up more than its share.
    givers.push(...givers.splice(givers.indexOf(giver), 1));
  }
  return whole;
}
