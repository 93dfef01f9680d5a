import type { CatalogueItem, CatalogueTargetName } from '@parity/connectors';
import {
  clearanceOf,
  exceptionOf,
  type ExceptionType,
  type IntegrationException,
} from '@parity/contracts';

const TARGET_NAMES: Record<CatalogueTargetName, string> = {
  PEOPLEVOX: 'Peoplevox',
  CLARUS: 'Clarus',
  SITOO: 'the Sitoo till',
  LIGHTSPEED: 'the Lightspeed till',
};

/** What went wrong with one item at one target. */
export interface CatalogueProblem {
  readonly sku: string;
  readonly target: CatalogueTargetName;
  readonly item: CatalogueItem;
  /** Prima's version of the item that was asked for. */
  readonly version: number;
  /** Whether the target holds an earlier version of it (the SKU is sellable there, but stale). */
  readonly present: boolean;
}

/**
 * A target refused an item: SKU_NOT_READY while it holds no version of it (the SKU cannot be
 * sold until it does), CATALOGUE_MISMATCH when it refused a change to one it holds (it sells
 * with a stale price or description). One record per SKU × target, whatever the version.
 */
export function catalogueRefusalException(
  problem: CatalogueProblem,
  reason: string,
  at: number,
): IntegrationException {
  const target = TARGET_NAMES[problem.target];
  const summary = problem.present
    ? `${target} refused the change to ${problem.sku} (${problem.item.description}): ${reason}. It still holds the earlier version: fix the item in Prima or ${target}, then retry the document.`
    : `${target} refused to create ${problem.sku} (${problem.item.description}): ${reason}. The SKU is not sellable anywhere until it exists there: fix the item in Prima or ${target}, then retry the document.`;
  return catalogueException(
    problem,
    problem.present ? 'CATALOGUE_MISMATCH' : 'SKU_NOT_READY',
    summary,
    at,
    `refused:${problem.version}`,
    { reason },
  );
}

/** An item still missing in a target longer than the readiness window allows. */
export function skuNotReadyException(
  problem: CatalogueProblem,
  waitedMs: number,
  at: number,
): IntegrationException {
  const target = TARGET_NAMES[problem.target];
  const minutes = Math.round(waitedMs / 60_000);
  const summary = `${problem.sku} (${problem.item.description}) has waited ${minutes} min to reach ${target}, which has not confirmed it yet; until it does the SKU is not sellable. Check ${target}'s health and Parity's catalogue backlog.`;
  return catalogueException(
    problem,
    problem.present ? 'CATALOGUE_MISMATCH' : 'SKU_NOT_READY',
    summary,
    at,
    `waiting:${problem.version}`,
    { waitedMs: String(Math.round(waitedMs)) },
  );
}

/** The end of a refusal or wait: the target confirmed the item. */
export function catalogueClearance(
  problem: CatalogueKey,
  type: ExceptionType,
  at: number,
): IntegrationException {
  const raised = catalogueException(problem, type, 'cleared', at, 'cleared', {});
  return clearanceOf(raised, {
    eventId: `inventory:catalogue-cleared:${problem.target}:${problem.sku}:${problem.version}:${type}`,
    summary: `${TARGET_NAMES[problem.target]} confirmed ${problem.sku} at Prima's version ${problem.version}.`,
    occurredAt: at,
  });
}

/** What names one SKU at one target at one of Prima's versions. */
type CatalogueKey = Pick<CatalogueProblem, 'sku' | 'target' | 'version'>;

function catalogueException(
  problem: CatalogueKey,
  type: ExceptionType,
  summary: string,
  at: number,
  occurrence: string,
  details: Record<string, string>,
): IntegrationException {
  const { sku, target, version } = problem;
  return exceptionOf({
    type,
    entity: { type: 'SKU', id: sku },
    qualifier: [target],
    summary,
    eventId: `inventory:${type}:SKU:${sku}:${target}:${occurrence}`,
    source: target,
    producedBy: 'inventory/catalogue',
    occurredAt: at,
    details: { ...details, sku, target, version: String(version) },
  });
}
