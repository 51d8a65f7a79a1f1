import { z } from 'zod';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps what is still valid in a document that failed its schema: each top-level field that
 * parses, and of a list only the entries that parse. Everything else falls back to defaults.
 */
export function salvageDocument<S extends z.ZodObject>(schema: S, defaults: z.output<S>, raw: unknown): z.output<S> {
  if (!isObject(raw)) return defaults;
  const kept: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = raw[key];
    if (field instanceof z.ZodArray && Array.isArray(value)) {
      kept[key] = value.flatMap((entry: unknown) => {
        const parsed = z.safeParse(field.element, entry);
        return parsed.success ? [parsed.data] : [];
      });
    } else {
      const parsed = field.safeParse(value);
      if (parsed.success) kept[key] = parsed.data;
    }
  }
  const whole = schema.safeParse(kept);
  return whole.success ? whole.data : defaults;
}
