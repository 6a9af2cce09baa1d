/** A deadline seen from today: days left to its due date (and to its opening), and its urgency. */
import type { Deadline } from './assessment';
import { classifyUrgency, type Urgency } from './classify-urgency';
import { countDaysUntil } from './count-days';
import type { PlainDate } from './plain-date-schema';

export interface TimedDeadline extends Deadline {
  /** Days from today to the due date, negative once past. */
  daysToDue: number;
  /** Days from today to the opening of a window; undefined for a plain deadline. */
  daysToOpen: number | undefined;
  urgency: Urgency;
}

export function timeDeadline(deadline: Deadline, today: PlainDate): TimedDeadline {
  const daysToDue = countDaysUntil(today, deadline.due);
  return {
    ...deadline,
    daysToDue,
    daysToOpen: deadline.opens === undefined ? undefined : countDaysUntil(today, deadline.opens),
    urgency: classifyUrgency(deadline.status, daysToDue),
  };
}
