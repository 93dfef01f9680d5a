import type { StockMovement } from '@parity/contracts';

/** A Peoplevox movement in WH1 for unit specs; override what the scenario is about. */
export function movement(
  overrides: Partial<Omit<StockMovement, 'header'>> & { readonly eventId?: string } = {},
): StockMovement {
  const { eventId, ...fields } = overrides;
  const sequence = fields.sourceSequence ?? 1;
  return {
    header: {
      eventId: eventId ?? `peoplevox:movement:${sequence}`,
      source: 'PEOPLEVOX',
      producedBy: 'edge/peoplevox-movements',
      occurredAt: 1_763_800_000_000 + sequence,
      sourceTimeZone: 'Europe/London',
      archiveRef: null,
    },
    sku: 'SKU-1',
    depot: 'WH1',
    kind: 'RECEIPT',
    sourceSequence: sequence,
    quantity: 1,
    quantityScale: 0,
    condition: 'SELLABLE',
    orderNo: null,
    poNo: null,
    reasonCode: null,
    levels: null,
    ...fields,
  };
}
