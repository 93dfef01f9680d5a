import type { ExceptionStatus, LedgerEntry, Stamp } from './ledger-entry';

export type TransitionAction = 'acknowledge' | 'resolve';

/** Which statuses each action may start from. Resolving straight from OPEN is allowed: a fix may come before anyone acknowledged. */
const allowedFrom: Readonly<Record<TransitionAction, readonly ExceptionStatus[]>> = {
  acknowledge: ['OPEN'],
  resolve: ['OPEN', 'ACKNOWLEDGED'],
};

export type TransitionResult =
  | { readonly ok: true; readonly entry: LedgerEntry; readonly from: ExceptionStatus }
  | { readonly ok: false; readonly reason: string };

/** Moves an entry along OPEN → ACKNOWLEDGED → RESOLVED, or says why it cannot. */
export function transition(
  entry: LedgerEntry,
  action: TransitionAction,
  stamp: Stamp,
): TransitionResult {
  if (!allowedFrom[action].includes(entry.status)) {
    return {
      ok: false,
      reason: `cannot ${action} an exception that is ${entry.status}; ${action} applies to ${allowedFrom[action].join(' or ')} exceptions`,
    };
  }
  const entryAfter: LedgerEntry =
    action === 'acknowledge'
      ? { ...entry, status: 'ACKNOWLEDGED', acknowledged: stamp }
      : { ...entry, status: 'RESOLVED', resolved: stamp };
  return { ok: true, entry: entryAfter, from: entry.status };
}
