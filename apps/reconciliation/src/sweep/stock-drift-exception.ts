import type { IntegrationException, Team } from '@parity/contracts';
import type { StockFinding } from './compare-stock';

/**
 * The STOCK_DRIFT exception of a finding. The fingerprint names the depot × SKU, the system
 * and the figure, so every sweep that finds the same disagreement folds into one ledger
 * record; the event id names this sweep's occurrence of it.
 */
export function stockDriftException(
  finding: StockFinding,
  team: Team,
  sweepId: string,
  detectedAt: number,
): IntegrationException {
  const { kind, system, depot, sku, measure, systemSays, paritySays, view } = finding;
  const fingerprint =
    kind === 'NOT_IN_PRIMA_ATS'
      ? `STOCK_DRIFT:SKU:${sku}:${depot}:NOT_IN_PRIMA_ATS`
      : `STOCK_DRIFT:SKU:${sku}:${depot}:${system}:${measure}`;
  const summary =
    kind === 'NOT_IN_PRIMA_ATS'
      ? `${system} holds ${systemSays} sellable units of ${sku} in ${depot} but Prima offers none to sell: check Prima's stock for the depot and the last availability push.`
      : `${system} says ${measure} of ${sku} in ${depot} is ${systemSays}; Parity says ${paritySays}. Check the movements since the last WMS event and recount if needed.`;
  return {
    header: {
      eventId: `${sweepId}:${fingerprint}`,
      source: system,
      producedBy: 'reconciliation/snapshot-sweep',
      occurredAt: detectedAt,
      sourceTimeZone: 'UTC',
      archiveRef: null,
    },
    type: 'STOCK_DRIFT',
    team,
    severity: 'ERROR',
    entityType: 'SKU',
    entityId: sku,
    summary,
    fingerprint,
    sourceTopic: null,
    sourcePartition: null,
    sourceOffset: null,
    rawPayloadRef: null,
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
  };
}
