/**
 * Geometry of a series chart, computed at build time: one column per year of the span, points
 * joined only within a run (consecutive years, one definition), a hatched band for each year
 * without a source and a dashed rule before each year whose definition changed. Pure, so the
 * tests can check what the SVG will draw without rendering it.
 */
import { runs, type Series, type SeriesPoint } from './series';

export const chartBox = { width: 520, height: 250, left: 58, right: 12, top: 50, bottom: 34 } as const;

export interface ChartGeometry {
  /** The top of the value axis: a round number at or above the largest value. */
  max: number;
  ticks: { value: number; y: number }[];
  years: { year: number; x: number }[];
  /** Band of each gap year. */
  gaps: { year: number; x: number; width: number }[];
  /** Vertical rule left of each year with a new definition; `n` numbers the explanation beside the chart. */
  changes: { year: number; x: number; n: number }[];
  points: { year: number; x: number; y: number; value: number }[];
  /** One polyline per run of two or more points ("x,y x,y"). */
  lines: string[];
}

/** A round axis top (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten) at or above the value. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(series: Series): ChartGeometry {
  const { width, height, left, right, top, bottom } = chartBox;
  const values = series.years.filter((p): p is SeriesPoint => p.kind === 'value');
  const max = niceMax(Math.max(...values.map((p) => p.value)));
  const step = (width - left - right) / series.years.length;
  const xOf = (i: number) => round(left + step * (i + 0.5));
  const yOf = (v: number) => round(top + (height - top - bottom) * (1 - v / max));
  const index = new Map(series.years.map((p, i) => [p.year, i]));
  const at = (year: number) => xOf(index.get(year) ?? 0);
  return {
    max,
    ticks: [0, max / 2, max].map((value) => ({ value, y: yOf(value) })),
    years: series.years.map((p, i) => ({ year: p.year, x: xOf(i) })),
    gaps: series.years.flatMap((p, i) => (p.kind === 'gap' ? [{ year: p.year, x: round(xOf(i) - step * 0.4), width: round(step * 0.8) }] : [])),
    changes: series.changes.map((c, n) => ({ year: c.year, x: round(at(c.year) - step / 2), n: n + 1 })),
    points: values.map((p) => ({ year: p.year, x: at(p.year), y: yOf(p.value), value: p.value })),
    lines: runs(series)
      .filter((r) => r.length > 1)
      .map((r) => r.map((p) => `${at(p.year)},${yOf(p.value)}`).join(' ')),
  };
}
