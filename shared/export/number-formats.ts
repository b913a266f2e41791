import type { Scale, Unit } from '../domain/units';

/**
 * Excel number formats that show a base-unit value the way the app does: the cell keeps
 * 83600000000 (so formulas and pivots use the real number) and shows "$83.6B". Each
 * trailing comma in a format divides what is shown by 1,000; Excel and LibreOffice both
 * read them.
 */

const SCALE_COMMAS: Record<Scale, string> = { one: '', thousand: ',', million: ',,', billion: ',,,', trillion: ',,,,' };
const SCALE_SUFFIX: Record<Scale, string> = { one: '', thousand: 'K', million: 'M', billion: 'B', trillion: 'T' };

const CURRENCY_PREFIX: Record<string, string> = { USD: '"$"', CNY: '"CNY "', HKD: '"HKD "', EUR: '"EUR "' };

/** One decimal at least, up to three: $83.6B, $60.0B, 24.66M shares. */
const DIGITS = '#,##0.0##';

function scaled(prefix: string, scale: Scale, suffix: string): string {
  const label = `${SCALE_SUFFIX[scale]}${suffix}`;
  return `${prefix}${scale === 'one' ? '#,##0.00' : DIGITS}${SCALE_COMMAS[scale]}${label ? `"${label}"` : ''}`;
}

/** How a value of this unit, at this scale, is shown: $83.6B, CNY 10.4B, 22.0%, 18.0x. */
export function valueFormat(unit: Unit, scale: Scale): string {
  switch (unit.kind) {
    case 'currency':
      return scaled(CURRENCY_PREFIX[unit.currency] ?? `"${unit.currency} "`, scale, '');
    case 'percent':
      return '0.0#%';
    case 'multiple':
      return '0.0#"x"';
    case 'shares':
      return scaled('', scale, ' shares');
    case 'count':
      return scale === 'one' ? '#,##0' : scaled('', scale, '');
  }
}

/** A signed difference: +$1.2B, −3.0 pp (the delta of two percentages is written in points, so its cell holds points). */
export function deltaFormat(unit: Unit, scale: Scale): string {
  const body = unit.kind === 'percent' ? '0.0#" pp"' : valueFormat(unit, scale);
  return `+${body};-${body};${body}`;
}

/** A relative change: +12.5%, −28.2%. */
export const PERCENT_CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';

/** An exchange rate: up to six decimals. */
export const RATE_FORMAT = '0.0#####';

/** Deltas of percentages are exported in percentage points, so the cell shows and sums what the app shows. */
export function deltaCellFactor(unit: Unit): number {
  return unit.kind === 'percent' ? 100 : 1;
}
