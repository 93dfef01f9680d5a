import { exceptionOf, type ExceptionType, type IntegrationException } from '@parity/contracts';
import { targetOf, type ClaimedPush, type PushTarget } from './push-target';

const TARGET_NAMES: Record<PushTarget, string> = {
  PRIMA: 'Prima',
  SITOO: 'the Sitoo till',
  LIGHTSPEED: 'the Lightspeed till',
};

/**
 * The exception of a push a target refused for good. The fingerprint names the SKU, depot and
 * target, so refusals of every later version fold into one ledger record until it is fixed.
 */
export function pushRefusedException(
  push: ClaimedPush,
  reason: string,
  unknownSku: boolean,
  at: number,
): IntegrationException {
  const type: ExceptionType = unknownSku
    ? targetOf(push) === 'PRIMA'
      ? 'SKU_UNKNOWN_IN_ERP'
      : 'SKU_UNKNOWN_IN_POS'
    : 'PAYLOAD_INVALID';
  const target = TARGET_NAMES[targetOf(push)];
  const { sku, depot, ats } = push.payload;
  const summary = unknownSku
    ? `${target} does not know ${sku}, so its available-to-sell in ${depot} (${ats}) cannot be pushed: add the item there (or map it), and the next change is pushed.`
    : `${target} refused the available-to-sell of ${sku} in ${depot} (${ats}): ${reason}.`;
  return pushException(push, type, summary, at, `push:${push.revision}`, { reason });
}

/** SYNC_LAG_EXCEEDED for one SKU × depot × target in one alert window. */
export function syncLagException(
  push: ClaimedPush,
  lagMs: number,
  thresholdMs: number,
  acknowledged: boolean,
  windowStart: number,
  at: number,
): IntegrationException {
  const target = TARGET_NAMES[targetOf(push)];
  const { sku, depot, ats } = push.payload;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const summary = acknowledged
    ? `${target} acknowledged the available-to-sell of ${sku} in ${depot} ${seconds(lagMs)} after it was due, over the ${seconds(thresholdMs)} allowed: it may have sold stock that was gone. Check the target's health and Parity's push backlog.`
    : `${target} has not acknowledged the available-to-sell of ${sku} in ${depot} (${ats}) ${seconds(lagMs)} after it was due, over the ${seconds(thresholdMs)} allowed. Check the target's health and Parity's push backlog.`;
  return pushException(push, 'SYNC_LAG_EXCEEDED', summary, at, `lag:${windowStart}`, {
    lagMs: String(Math.round(lagMs)),
    thresholdMs: String(thresholdMs),
    acknowledged: String(acknowledged),
  });
}

function pushException(
  push: ClaimedPush,
  type: ExceptionType,
  summary: string,
  at: number,
  occurrence: string,
  details: Record<string, string>,
): IntegrationException {
  const { sku, depot, ats, changedAt } = push.payload;
  // The SKU × depot × target, so refusals of every later version fold into one record.
  const qualifier = [depot, push.target];
  return exceptionOf({
    type,
    entity: { type: 'SKU', id: sku },
    qualifier,
    summary,
    eventId: `inventory:${type}:SKU:${sku}:${qualifier.join(':')}:${occurrence}`,
    source: targetOf(push),
    producedBy: 'inventory/push',
    occurredAt: at,
    details: {
      ...details,
      sku,
      depot,
      target: push.target,
      availabilityVersion: String(push.version),
      ats: String(ats),
      changedAt: new Date(changedAt).toISOString(),
    },
  });
}
