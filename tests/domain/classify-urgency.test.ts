import { describe, expect, it } from 'vitest';
import { classifyUrgency } from '../../src/domain';

describe('the urgency of a deadline', () => {
  it.each([
    ['met', -10, 'met'],
    ['overdue', -1, 'overdue'],
    ['open', 0, 'week'],
    ['open', 7, 'week'],
    ['pending', 8, 'month'],
    ['open', 31, 'month'],
    ['pending', 32, 'later'],
  ] as const)('D1 a %s deadline due in %i days is %s', (status, days, urgency) => {
    expect(classifyUrgency(status, days)).toBe(urgency);
  });
});
