/**
 * An expected failure whose message already tells the user what went wrong and how to fix it.
 * The CLI prints only the message for these; anything else is a bug and gets a stack trace.
 */
export class StackError extends Error {
  override readonly name = 'StackError';
}

/**
 * Several components failed in one step. The message has every failure in full (for API callers); the CLI,
 * whose table already shows each first line, prints only the details below them (log tails and the like).
 */
export class ComponentFailures extends StackError {
  constructor(
    readonly failures: ReadonlyArray<{ readonly component: string; readonly message: string }>,
  ) {
    super(failures.map(({ component, message }) => `${component}: ${message}`).join('\n\n'));
  }
}

export function describeError(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(describeError).join('; ');
  return error instanceof Error ? error.message : String(error);
}
