import type { ErrorRequestHandler, Response } from 'express';
import type { ZodError } from 'zod';

/** One field-level complaint of a refusal. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/**
 * A refusal by the simulated Prima, with field errors. Request types throw it; the web service
 * answers it as Prima's RequestError (prima-wsomhandler.ts), the JSON admin API as problem+json.
 */
export class PrimaProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly FieldProblem[] = [],
    /** Prima's own error code (`E:194`) where the refusal has one. */
    readonly primaCode?: string,
  ) {
    super(detail);
  }
}

export const notFound = (detail: string) => new PrimaProblem(404, 'Not Found', detail);
export const conflict = (detail: string) => new PrimaProblem(409, 'Conflict', detail);
export const unprocessable = (detail: string, errors: readonly FieldProblem[] = []) =>
  new PrimaProblem(422, 'Unprocessable Entity', detail, errors);

export function fromZod(error: ZodError): PrimaProblem {
  return new PrimaProblem(
    400,
    'Bad Request',
    'The request body or query does not match the API schema.',
    error.issues.map((issue) => ({
      field: issue.path.join('.') || '(body)',
      code: issue.code,
      message: issue.message,
    })),
  );
}

export function sendProblem(res: Response, problem: PrimaProblem): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: `https://prima.example/problems/${problem.status}`,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        errors: problem.errors,
      }),
    );
}

/** Last in the admin router: refusals as problem+json, anything else as a 500 problem. */
export const problemHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof PrimaProblem) return sendProblem(res, error);
  if (isBodyParseError(error)) {
    return sendProblem(res, new PrimaProblem(400, 'Bad Request', 'The body is not valid JSON.'));
  }
  sendProblem(res, new PrimaProblem(500, 'Internal Server Error', String(error)));
};

function isBodyParseError(error: unknown): boolean {
  return (error as { type?: string } | null)?.type === 'entity.parse.failed';
}

/** The input parsed by a schema, or a 400 problem listing every bad field. */
export function parseOrProblem<T>(
  schema: {
    safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZod(result.error);
  return result.data;
}
