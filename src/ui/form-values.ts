/**
 * Forms hold text and ticks; stored values leave out what is not recorded. These helpers map one
 * to the other for any zod object schema, so a form derives from its stored schema instead of
 * mirroring it by hand: text for strings, codes and dates ('' when not recorded), a tick for a
 * boolean (unticked when not recorded), arrays as they are, nested objects alike.
 */
import { z } from 'zod';

type FormValue<V> = [V] extends [boolean]
  ? boolean
  : V extends readonly unknown[]
    ? V
    : V extends object
      ? FormValues<V>
      : string;

/** The values a form holds for a stored shape `T`. */
export type FormValues<T> = { [K in keyof T]-?: FormValue<NonNullable<T[K]>> };

/** The schema under its optional and default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault)
    inner = inner.unwrap() as z.ZodType;
  return inner;
}

function formValueOf(schema: z.ZodType, value: unknown): unknown {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodBoolean) return value === true;
  if (inner instanceof z.ZodArray) return Array.isArray(value) ? [...(value as unknown[])] : [];
  if (inner instanceof z.ZodObject) return objectValuesOf(inner, value);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function objectValuesOf(schema: z.ZodObject, value: unknown): Record<string, unknown> {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      formValueOf(field as z.ZodType, record[key]),
    ]),
  );
}

/** A form's default values from a stored value, field by field of the schema. */
export function toFormValues<S extends z.ZodObject>(
  schema: S,
  value: Partial<z.output<S>> | undefined,
): FormValues<z.output<S>> {
  // objectValuesOf builds exactly FormValues<output>: one entry per key of the shape, by its kind.
  return objectValuesOf(schema, value) as FormValues<z.output<S>>;
}

/**
 * What a form holds, as a stored value: '' and unticked boxes become "not recorded" (undefined),
 * texts are trimmed; arrays are kept. For `z.preprocess` in front of the stored schema.
 */
export function pruneFormValues(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (value === false) return undefined;
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, pruneFormValues(child)]),
  );
}
