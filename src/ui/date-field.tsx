/* A calendar date typed and shown in the order of the UI language (not the browser's), with a
   calendar to pick from; its value is the domain's plain `YYYY-MM-DD` (or '' when empty).
   react-aria-components does the segments, the keyboard and the screen-reader work (decision 013). */
import { useId, useMemo, useRef, type RefCallback } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import './csp-pressable-style';
import './date-field.css';

/** The plain date as react-aria's calendar date; null when empty or not a real day. */
function toCalendarDate(value: string | undefined): CalendarDate | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

export interface DateFieldProps {
  label: string;
  hint?: string | undefined;
  /** Already translated error text; shown next to the field and announced to screen readers. */
  error?: string | undefined;
  /** `YYYY-MM-DD`, or '' when no date is set. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  /** Earliest and latest days offered (`YYYY-MM-DD`), like a native date input's min and max. */
  min?: string | undefined;
  max?: string | undefined;
  isDisabled?: boolean | undefined;
  /** The control around the segments (to focus its first segment from outside). */
  controlRef?: RefCallback<HTMLDivElement> | undefined;
}

/** One labelled date with its hint and its error, laid out like every field (src/ui/field.tsx). */
export function DateField({
  label,
  hint,
  error,
  value,
  onChange,
  onBlur,
  min,
  max,
  isDisabled,
  controlRef,
}: DateFieldProps) {
  const { i18n } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // One object per plain date: react-aria resets half-typed segments when the value object changes.
  const date = useMemo(() => toCalendarDate(value), [value]);
  const minValue = useMemo(() => toCalendarDate(min), [min]);
  const maxValue = useMemo(() => toCalendarDate(max), [max]);
  const control = useRef<HTMLDivElement | null>(null);
  // react-aria keeps the last full date while a segment is emptied (it waits for a full one): a
  // date left half-typed is no date, never the one it had before, which the field no longer shows.
  const dropHalfTypedDate = () => {
    const segments = [...(control.current?.querySelectorAll('[role="spinbutton"]') ?? [])];
    if (value && segments.some((segment) => segment.hasAttribute('data-placeholder'))) onChange('');
  };
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    // The segments' order, separators and the calendar's first weekday follow the UI language.
    <I18nProvider locale={i18n.language}>
      <DatePicker
        className="field date-field"
        value={date}
        onChange={(date) => onChange(date ? date.toString() : '')}
        onBlur={() => {
          dropHalfTypedDate();
          onBlur?.();
        }}
        minValue={minValue}
        maxValue={maxValue}
        isInvalid={Boolean(error)}
        isDisabled={isDisabled}
        granularity="day"
        shouldForceLeadingZeros
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      >
        <Label className="date-field-label">{label}</Label>
        {hint ? (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        ) : null}
        <Group
          className="date-field-control"
          ref={(element) => {
            control.current = element;
            controlRef?.(element);
          }}
        >
          <DateInput className="date-field-segments">
            {(segment) => <DateSegment segment={segment} className="date-field-segment" />}
          </DateInput>
          <Button className="date-field-open">
            <span aria-hidden="true">▾</span>
          </Button>
        </Group>
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <Popover className="date-field-popover" placement="bottom start">
          <Dialog className="date-field-dialog">
            <Calendar className="date-field-calendar">
              <header className="date-field-calendar-header">
                <Button slot="previous">
                  <span aria-hidden="true">‹</span>
                </Button>
                <Heading />
                <Button slot="next">
                  <span aria-hidden="true">›</span>
                </Button>
              </header>
              <CalendarGrid>{(day) => <CalendarCell date={day} />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

interface FormDateFieldProps<Values extends FieldValues, Context, Transformed> extends Omit<
  DateFieldProps,
  'value' | 'onChange' | 'onBlur' | 'controlRef'
> {
  control: Control<Values, Context, Transformed>;
  name: Path<Values>;
  /** Called after the form's value changed by the user's hand (typed or picked). */
  onUserChange?: ((value: string) => void) | undefined;
}

/** A DateField bound to a react-hook-form field, which keeps storing the plain `YYYY-MM-DD`. */
export function FormDateField<Values extends FieldValues, Context, Transformed>({
  control,
  name,
  onUserChange,
  ...props
}: FormDateFieldProps<Values, Context, Transformed>) {
  const { field } = useController<Values, Path<Values>, Transformed>({ control, name });
  const value: unknown = field.value;
  return (
    <DateField
      {...props}
      value={typeof value === 'string' ? value : ''}
      onChange={(next) => {
        field.onChange(next);
        onUserChange?.(next);
      }}
      onBlur={field.onBlur}
      // The form focuses a date (first error, a link of the error summary) on its first segment.
      controlRef={(element) =>
        field.ref(
          element
            ? { focus: () => element.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() }
            : null,
        )
      }
    />
  );
}
