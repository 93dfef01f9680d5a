/**
 * The worst write failure for an integration, aimed at one SOAP operation: the service does
 * the work, then the answer never arrives (the connection drops) or a gateway in front of it
 * answers 5xx instead. Every Peoplevox call is a POST to one path, so the sandbox's fault
 * injector cannot single out SaveData; this can.
 */
export interface LostAnswerRule {
  /** The SOAP operation (`SaveData`); every operation if unset. */
  readonly operation?: string;
  /** Only the next N matching calls; 1 if unset. */
  readonly times?: number;
  /** Answer this status (a gateway's 502, 504) instead of dropping the connection. */
  readonly status?: number;
}

export class LostAnswers {
  private rule: LostAnswerRule | undefined;
  private remaining = 0;

  set(rule: LostAnswerRule | undefined): void {
    this.rule = rule;
    this.remaining = rule?.times ?? 1;
  }

  /** Whether the answer to this call, already served, is to be lost, and how. */
  take(operation: string): { readonly status?: number } | undefined {
    const rule = this.rule;
    if (!rule || this.remaining <= 0) return undefined;
    if (rule.operation && rule.operation !== operation) return undefined;
    this.remaining -= 1;
    return { status: rule.status };
  }
}
