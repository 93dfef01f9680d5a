import { z } from 'zod';

/** Comma-separated host:port list, e.g. "127.0.0.1:9092,127.0.0.1:9094". */
export const hostPortList = z
  .string()
  .min(1)
  .transform((raw) => raw.split(',').map((part) => part.trim()))
  .pipe(
    z
      .array(
        z.string().regex(/^[^:\s]+:\d{1,5}$/, 'expected host:port entries separated by commas'),
      )
      .min(1),
  );

export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: 'expected a postgres:// or postgresql:// URL',
});

export const port = z.coerce
  .number({ error: 'expected a TCP port number' })
  .int()
  .min(1)
  .max(65535);

export const positiveMs = z.coerce.number({ error: 'expected milliseconds' }).int().positive();

/**
 * A setting holding JSON (a mapping, a small table), parsed and then checked against
 * `schema`; unset means `fallback`. A value that is not JSON is reported as such, not as a
 * schema mismatch.
 */
export function jsonSetting<S extends z.ZodType>(schema: S, fallback = '{}') {
  return z
    .string()
    .default(fallback)
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/**
 * Groups of keys that switch a feature on together (a vendor's connection): set none of a
 * group's keys and it is off; set some and every one must be there, or the service refuses to
 * start naming the missing ones. For `superRefine`.
 */
export function requireTogether(groups: Readonly<Record<string, readonly string[]>>) {
  return (env: object, ctx: z.RefinementCtx): void => {
    const values = env as Record<string, unknown>;
    for (const keys of Object.values(groups)) {
      const given = keys.filter((key) => values[key] !== undefined);
      if (given.length === 0) continue;
      for (const key of keys.filter((k) => values[k] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `required with ${given[0]}` });
      }
    }
  };
}
