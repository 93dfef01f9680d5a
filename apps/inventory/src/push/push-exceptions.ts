import { exceptionOf, type ExceptionType, type IntegrationException } from '@parity/contracts';
import type { ClaimedPush } from './push-queue.repository';
import type { PushTarget } from './push-target';

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
    ? push.target === 'PRIMA'
      ? 'SKU_UNKNOWN_IN_ERP'
      : 'SKU_UNKNOWN_IN_POS'
    : 'PAYLOAD_INVALID';
  const target = TARGET_NAMES[push.target];
  const summary = unknownSku
    ? `${target} does not know ${push.sku}, so its available-to-sell in ${push.depot} (${push.ats}) cannot be pushed: add the item there (or map it), and the next change is pushed.`
    : `${target} refused the available-to-sell of ${push.sku} in ${push.depot} (${push.ats}): ${reason}.`;
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
  const target = TARGET_NAMES[push.target];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const summary = acknowledged
    ? `${target} acknowledged the available-to-sell of ${push.sku} in ${push.depot} ${seconds(lagMs)} after it was due, over the ${seconds(thresholdMs)} allowed: it may have sold stock that was gone. Check the target's health and Parity's push backlog.`
    : `${target} has not acknowledged the available-to-sell of ${push.sku} in ${push.depot} (${push.ats}) ${seconds(lagMs)} after it was due, over the ${seconds(thresholdMs)} allowed. Check the target's health and Parity's push backlog.`;
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
  // The SKU × depot × target, so refusals of every later version fold into one record.
  const qualifier = [push.depot, push.target];
  return exceptionOf({
    type,
    entity: { type: 'SKU', id: push.sku },
    qualifier,
    summary,
    eventId: `inventory:${type}:SKU:${push.sku}:${qualifier.join(':')}:${occurrence}`,
    source: push.target,
    producedBy: 'inventory/push',
    occurredAt: at,
    details: {
      ...details,
      sku: push.sku,
      depot: push.depot,
      target: push.target,
      availabilityVersion: String(push.version),
      ats: String(push.ats),
      changedAt: new Date(push.changedAt).toISOString(),
    },
  });
}
