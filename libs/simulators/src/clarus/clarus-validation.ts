import type { Response } from 'express';
import { z } from 'zod';

/** Clarus is a Laravel API: invalid input is a 422 with messages per dotted field path. */
export function unprocessable(res: Response, errors: Record<string, string[]>): void {
  res.status(422).json({ message: 'The given data was invalid.', errors });
}

/** Parses a request body, or answers 422 the way Clarus does and returns undefined. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'body';
    (errors[field] ??= []).push(issue.message);
  }
  unprocessable(res, errors);
  return undefined;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Codes shaped like countries that ISO 3166-1 does not assign to one (UK is reserved; GB is it). */
const NOT_COUNTRIES = new Set(['UK', 'EU', 'UN', 'ZZ', 'EZ']);

export const isoCountry = z
  .string()
  .regex(/^[A-Z]{2}$/, 'The country must be an ISO 3166-1 alpha-2 code.')
  .refine(
    (code) => !NOT_COUNTRIES.has(code) && regionNames.of(code) !== code,
    'The country must be an ISO 3166-1 alpha-2 code.',
  );

export const optionalText = (max: number) => z.string().max(max).nullish();
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const positiveQuantity = z.number().int().positive();
export const calendarDate = z.iso.date();
