/** Instants as the interview records keep them: ISO 8601 in UTC, any fraction of a second. */

/**
 * Compares two ISO instants in UTC ('…Z', as the schema requires) whatever their fraction of a
 * second: '09:00:00Z' and '09:00:00.500Z' do not compare as strings ('.' sorts before 'Z').
 */
export function compareInstants(a: string, b: string): number {
  const left = normaliseInstant(a);
  const right = normaliseInstant(b);
  return left === right ? 0 : left < right ? -1 : 1;
}

function normaliseInstant(instant: string): string {
  const [seconds = '', fraction = ''] = instant.replace(/Z$/, '').split('.');
  return `${seconds}.${fraction.padEnd(9, '0')}`;
}
