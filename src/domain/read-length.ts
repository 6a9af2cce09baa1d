/** Validation of the lengths that D2 and D3 take: whole, non-negative parts and a positive total. */

export interface DateLength {
  days?: number;
  months?: number;
  years?: number;
}

/** A length reduced to whole months (years × 12 + months) and days. */
export interface MonthsAndDays {
  months: number;
  days: number;
}

function readPart(length: DateLength, part: keyof DateLength, caller: string): number {
  const value = length[part] ?? 0;
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${caller}: length.${part} must be a whole number ≥ 0`);
  }
  return value;
}

/** Throws a RangeError naming the part when a part is not a whole number ≥ 0 or the total is 0. */
export function readLength(length: DateLength, caller: string): MonthsAndDays {
  const months = readPart(length, 'years', caller) * 12 + readPart(length, 'months', caller);
  const days = readPart(length, 'days', caller);
  if (months === 0 && days === 0) {
    throw new RangeError(`${caller}: the total length must be positive`);
  }
  return { months, days };
}
