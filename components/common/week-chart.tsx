import type { DayKey } from '@/lib/time/types';

export interface WeekChartDay {
  day: DayKey;
  ms: number;
  over: boolean;
}

interface WeekChartProps {
  days: WeekChartDay[];
  budgetMinutes: number;
  locale: string;
  /** Read out instead of the drawing, e.g. "Last 7 days: 3 over budget". */
  label: string;
  /** Short label of the budget line, e.g. "30 min". */
  budgetLabel: string;
}

const WIDTH = 320;
const HEIGHT = 120;
const TOP = 14;
const AXIS = 18;
const MINUTE_MS = 60_000;

/** Short weekday name of a local day key, in the UI language. */
function weekdayName(day: DayKey, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** Minutes per day as bars, with the budget drawn across; days over budget are red and carry a dot. */
export function WeekChart({ days, budgetMinutes, locale, label, budgetLabel }: WeekChartProps) {
  const maxMinutes = Math.max(budgetMinutes * 1.25, ...days.map((day) => day.ms / MINUTE_MS));
  const plotHeight = HEIGHT - TOP - AXIS;
  const y = (minutes: number) => TOP + plotHeight - (minutes / maxMinutes) * plotHeight;
  const slot = WIDTH / days.length;
  const budgetY = y(budgetMinutes);
  return (
    <svg class="pg-week" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="week-chart">
      {days.map((day, index) => {
        const minutes = day.ms / MINUTE_MS;
        const x = index * slot + slot * 0.2;
        const top = y(minutes);
        return (
          <g key={day.day} data-day={day.day} data-over={day.over}>
            <rect x={x} y={top} width={slot * 0.6} height={Math.max(0, TOP + plotHeight - top)} rx={3} class={day.over ? 'pg-week__bar pg-week__bar--over' : 'pg-week__bar'} />
            {day.over && <circle cx={x + slot * 0.3} cy={Math.max(5, top - 6)} r={3} class="pg-week__mark" />}
            <text x={x + slot * 0.3} y={HEIGHT - 4} text-anchor="middle" class="pg-week__day">
              {weekdayName(day.day, locale)}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={budgetY} y2={budgetY} class="pg-week__budget" />
      <text x={WIDTH - 2} y={budgetY - 3} text-anchor="end" class="pg-week__budget-label">
        {budgetLabel}
      </text>
    </svg>
  );
}
