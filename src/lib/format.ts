/**
 * Formatting of dates, figures and location precision for zh-CN readers.
 */

/** `2022年10月14日` from a date (UTC calendar day). */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** `2022-10-14`, for `<time datetime>` and machine-readable output. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Above this radius a location is approximate: drawn as an area, no navigation link. */
export const APPROXIMATE_ABOVE_METRES = 200;

/** Whether a location of this precision counts as approximate. */
export function isApproximate(precisionMetres: number): boolean {
  return precisionMetres > APPROXIMATE_ABOVE_METRES;
}

/**
 * A precision radius in words, the one wording used on pages, in popups and in files: `约±50米`,
 * `约±2公里` (also for 2,050 m: a tenth of a kilometre is the finest step shown), `约±1.5公里`.
 */
export function formatPrecision(metres: number): string {
  if (metres < 1000) return `约±${metres}米`;
  return `约±${Number((metres / 1000).toFixed(1))}公里`;
}

/** A coordinate pair for display: `北纬 40.655°，东经 109.880°`. */
export function formatCoordinates(lat: number, lng: number): string {
  const ns = lat >= 0 ? '北纬' : '南纬';
  const ew = lng >= 0 ? '东经' : '西经';
  return `${ns} ${Math.abs(lat).toFixed(3)}°，${ew} ${Math.abs(lng).toFixed(3)}°`;
}

const QUALIFIERS = ['余', '多', '以上', '超', '近', '约'];

/**
 * A key figure as printed: value, qualifier and unit, e.g. `70个`, `4万余人次`, `90%以上`,
 * `超2.8亿次`. The qualifier is the first part of the figure's note, when it is one of 余, 多,
 * 以上, 超, 近, 约; 余 and 多 follow the magnitude (万, 亿) as Chinese writes them.
 */
export function formatFigure(figure: {
  value: number | string;
  unit?: string | undefined;
  note?: string | undefined;
}): string {
  const first = figure.note?.split(/[，,]/)[0] ?? '';
  const qualifier = QUALIFIERS.includes(first) ? first : '';
  const value = typeof figure.value === 'number' ? String(figure.value) : figure.value;
  const unit = figure.unit ?? '';
  if (qualifier === '超' || qualifier === '近' || qualifier === '约') return `${qualifier}${value}${unit}`;
  if (qualifier === '以上') return `${value}${unit}以上`;
  if (qualifier === '余' || qualifier === '多') {
    const [, magnitude = '', rest = ''] = /^([十百千万亿]*)(.*)$/.exec(unit) ?? [];
    return `${value}${magnitude}${qualifier}${rest}`;
  }
  return `${value}${unit}`;
}

/** The part of a key figure's note that is not a qualifier: the period or scope it covers. */
export function figureContext(note: string | undefined): string | undefined {
  if (!note) return undefined;
  const parts = note.split(/[，,]/);
  const first = parts[0] ?? '';
  const rest = QUALIFIERS.includes(first) ? parts.slice(1) : parts;
  const text = rest.join('，').trim();
  return text || undefined;
}
