export const parityStatuses = ['IN_PARITY', 'PENDING', 'DRIFTED'] as const;
export type ParityStatus = (typeof parityStatuses)[number];

/** What Parity last published for a depot × SKU. */
export interface PublishedAvailability {
  readonly ats: number;
  readonly version: number;
  readonly changedAt: Date;
}

/** What one target (Prima, a till store) last acknowledged; nulls when it never acknowledged, only refused. */
export interface TargetFigure {
  readonly ats: number | null;
  readonly version: number | null;
}

export interface ParityAssessment {
  /** The largest absolute difference between Parity's ATS and a target's figure that counts. */
  readonly drift: number;
  readonly status: ParityStatus;
  /** When time alone would change the status (an outstanding ack's tolerance runs out); else null. */
  readonly recheckAt: Date | null;
}

/**
 * Compares Parity's published ATS with what each target acknowledged. A target that holds
 * the latest version counts at once; one behind it is given `toleranceMs` from the change
 * to catch up (a push in flight is pending, not drift) and counts after that, with the older
 * figure it still holds. DRIFTED when any counted figure differs; PENDING when acks are
 * outstanding within tolerance, or none has arrived yet; IN_PARITY otherwise. A stale target
 * holding the same figure is in parity: only the figure matters to a shopper.
 */
export function assessParity(
  published: PublishedAvailability | null,
  targets: readonly TargetFigure[],
  now: Date,
  toleranceMs: number,
): ParityAssessment {
  if (!published) return { drift: 0, status: 'PENDING', recheckAt: null };
  const deadline = new Date(published.changedAt.getTime() + toleranceMs);
  const graceOver = now >= deadline;
  let drift = 0;
  let outstanding = false;
  for (const target of targets) {
    const current = target.version !== null && target.version >= published.version;
    if (!current && !graceOver) {
      outstanding = true;
      continue;
    }
    drift = Math.max(drift, Math.abs(published.ats - (target.ats ?? 0)));
  }
  if (drift > 0) return { drift, status: 'DRIFTED', recheckAt: null };
  if (outstanding) return { drift, status: 'PENDING', recheckAt: deadline };
  return { drift, status: targets.length === 0 ? 'PENDING' : 'IN_PARITY', recheckAt: null };
}
