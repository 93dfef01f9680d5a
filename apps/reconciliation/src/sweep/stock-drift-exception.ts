import { exceptionOf, fingerprintOf, type IntegrationException } from '@parity/contracts';
import type { StockFinding } from './compare-stock';

/**
 * The STOCK_DRIFT exception of a finding (the type's owner, the warehouse team, acts on it
 * for store depots too). The fingerprint names the depot × SKU, the system and the figure,
 * so every sweep that finds the same disagreement folds into one ledger record; the event id
 * names this sweep's occurrence of it.
 */
export function stockDriftException(
  finding: StockFinding,
  sweepId: string,
  detectedAt: number,
): IntegrationException {
  const { kind, system, depot, sku, measure, systemSays, paritySays, view } = finding;
  const qualifier =
    kind === 'NOT_IN_PRIMA_ATS' ? [depot, 'NOT_IN_PRIMA_ATS'] : [depot, system, measure];
  const summary =
    kind === 'NOT_IN_PRIMA_ATS'
      ? `${system} holds ${systemSays} sellable units of ${sku} in ${depot} but Prima offers none to sell: check Prima's stock for the depot and the last availability push.`
      : `${system} says ${measure} of ${sku} in ${depot} is ${systemSays}; Parity says ${paritySays}. Check the movements since the last WMS event and recount if needed.`;
  return exceptionOf({
    type: 'STOCK_DRIFT',
    entity: { type: 'SKU', id: sku },
    qualifier,
    summary,
    eventId: `${sweepId}:${fingerprintOf('STOCK_DRIFT', 'SKU', sku, qualifier)}`,
    source: system,
    producedBy: 'reconciliation/snapshot-sweep',
    occurredAt: detectedAt,
    details: {
      sku,
      depot,
      system,
      measure,
      [`${system.toLowerCase()}Says`]: String(systemSays),
      paritySays: String(paritySays),
      parityOnHand: String(view?.parityOnHand ?? ''),
      parityAllocated: String(view?.parityAllocated ?? ''),
      parityAts: String(view?.parityAts ?? ''),
      primaAts: String(view?.primaAts ?? ''),
      lastWmsEventId: view?.wmsLastEventId ?? '',
      lastWmsEventAt: view?.wmsLastEventAt?.toISOString() ?? '',
      sweepId,
    },
  });
}
