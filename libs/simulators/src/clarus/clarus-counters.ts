const COUNTERS = [
  'tokensIssued',
  'apiRequests',
  'graphqlQueries',
  'productsCreated',
  'receiptsCreated',
  'salesOrdersCreated',
  'webhooksSent',
  'responsesLost',
] as const;
export type ClarusCounter = (typeof COUNTERS)[number];

/** What the simulated domain has seen, for tests that count calls and records. */
export class ClarusCounters {
  private values = zeroes();

  bump(counter: ClarusCounter): void {
    this.values[counter] += 1;
  }

  snapshot(): Readonly<Record<ClarusCounter, number>> {
    return { ...this.values };
  }

  reset(): void {
    this.values = zeroes();
  }
}

function zeroes(): Record<ClarusCounter, number> {
  return Object.fromEntries(COUNTERS.map((counter) => [counter, 0])) as Record<
    ClarusCounter,
    number
  >;
}
