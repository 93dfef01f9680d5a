import { Injectable } from '@nestjs/common';
import type { Availability, StockMovement, SyncAck } from '@parity/contracts';
import type { EntityManager } from 'typeorm';
import type { ParityAssessment, PublishedAvailability, TargetFigure } from './assess-parity';

/** A target's name in the view: `PRIMA`, or `<system>:<store>` for one till store. */
export function targetOf(ack: Pick<SyncAck, 'target' | 'store'>): string {
  return ack.store === null ? ack.target : `${ack.target}:${ack.store}`;
}

/**
 * The view's writes, each in the consumer's transaction. Every event first upserts the
 * depot × SKU row, which locks it: events of one row from different topics (partitions)
 * then apply one after the other, and the assessment reads what they wrote.
 */
@Injectable()
export class StockParityRepository {
  /** Applies an availability newer than the one held; false when it is not (a replay, or out of order). */
  async applyAvailability(tx: EntityManager, a: Availability): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO reconciliation.stock_parity AS sp
         (depot, sku, stock_owner, parity_on_hand, parity_allocated, parity_quarantined,
          parity_pending, parity_ats, parity_version, parity_changed_at, last_event_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
       ON CONFLICT (depot, sku) DO UPDATE SET
         stock_owner = EXCLUDED.stock_owner,
         parity_on_hand = EXCLUDED.parity_on_hand,
         parity_allocated = EXCLUDED.parity_allocated,
         parity_quarantined = EXCLUDED.parity_quarantined,
         parity_pending = EXCLUDED.parity_pending,
         parity_ats = EXCLUDED.parity_ats,
         parity_version = EXCLUDED.parity_version,
         parity_changed_at = EXCLUDED.parity_changed_at,
         last_event_at = GREATEST(sp.last_event_at, EXCLUDED.last_event_at)
       WHERE sp.parity_version IS NULL OR sp.parity_version < EXCLUDED.parity_version
       RETURNING 1`,
      [
        a.depot,
        a.sku,
        a.stockOwner,
        a.onHand,
        a.allocated,
        a.quarantined,
        a.pending,
        a.ats,
        a.version,
        new Date(a.header.occurredAt),
      ],
    );
    return rows.length > 0;
  }

  /**
   * Applies a target's answer. An acknowledged figure replaces the held one unless it is for
   * an older availability version; a refusal leaves the figure (the target kept its old one)
   * and is recorded as the last answer. The row's last ack time rises with it.
   */
  async applySyncAck(tx: EntityManager, ack: SyncAck): Promise<void> {
    const answeredAt = new Date(ack.header.occurredAt);
    const acknowledged = ack.status === 'ACKNOWLEDGED';
    await tx.query(
      `INSERT INTO reconciliation.stock_parity AS sp (depot, sku, last_ack_at, last_event_at)
       VALUES ($1, $2, $3, $3)
       ON CONFLICT (depot, sku) DO UPDATE SET
         last_ack_at = GREATEST(sp.last_ack_at, EXCLUDED.last_ack_at),
         last_event_at = GREATEST(sp.last_event_at, EXCLUDED.last_event_at)`,
      [ack.depot, ack.sku, acknowledged ? answeredAt : null],
    );
    await tx.query(
      `INSERT INTO reconciliation.stock_parity_acks AS a
         (depot, sku, target, system, store, ats, availability_version, acked_at,
          last_status, failure_reason, last_answer_at, last_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (depot, sku, target) DO UPDATE SET
         ats = CASE WHEN ${newerFigure} THEN EXCLUDED.ats ELSE a.ats END,
         acked_at = CASE WHEN ${newerFigure} THEN EXCLUDED.acked_at ELSE a.acked_at END,
         availability_version = CASE WHEN ${newerFigure}
           THEN EXCLUDED.availability_version ELSE a.availability_version END,
         last_status = CASE WHEN ${newerAnswer} THEN EXCLUDED.last_status ELSE a.last_status END,
         failure_reason = CASE WHEN ${newerAnswer}
           THEN EXCLUDED.failure_reason ELSE a.failure_reason END,
         last_event_id = CASE WHEN ${newerAnswer}
           THEN EXCLUDED.last_event_id ELSE a.last_event_id END,
         last_answer_at = GREATEST(a.last_answer_at, EXCLUDED.last_answer_at)`,
      [
        ack.depot,
        ack.sku,
        targetOf(ack),
        ack.target,
        ack.store,
        acknowledged ? ack.ats : null,
        acknowledged ? ack.availabilityVersion : null,
        acknowledged ? answeredAt : null,
        ack.status,
        ack.failureReason,
        answeredAt,
        ack.header.eventId,
      ],
    );
  }

  /**
   * Records a WMS movement newer (by source sequence) than the last one seen: its id and
   * time, and for a SNAPSHOT the WMS's own on-hand and allocated figures.
   */
  async applyStockMovement(tx: EntityManager, m: StockMovement): Promise<void> {
    const at = new Date(m.header.occurredAt);
    await tx.query(
      `INSERT INTO reconciliation.stock_parity AS sp
         (depot, sku, wms_sequence, wms_last_event_id, wms_last_event_at,
          wms_on_hand, wms_allocated, wms_levels_at, last_event_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5)
       ON CONFLICT (depot, sku) DO UPDATE SET
         wms_sequence = EXCLUDED.wms_sequence,
         wms_last_event_id = EXCLUDED.wms_last_event_id,
         wms_last_event_at = EXCLUDED.wms_last_event_at,
         wms_on_hand = COALESCE(EXCLUDED.wms_on_hand, sp.wms_on_hand),
         wms_allocated = COALESCE(EXCLUDED.wms_allocated, sp.wms_allocated),
         wms_levels_at = COALESCE(EXCLUDED.wms_levels_at, sp.wms_levels_at),
         last_event_at = GREATEST(sp.last_event_at, EXCLUDED.last_event_at)
       WHERE sp.wms_sequence IS NULL OR sp.wms_sequence < EXCLUDED.wms_sequence`,
      [
        m.depot,
        m.sku,
        m.sourceSequence,
        m.header.eventId,
        at,
        m.levels?.onHand ?? null,
        m.levels?.allocated ?? null,
        m.levels ? at : null,
      ],
    );
  }

  /** What the assessment needs of a row: Parity's figure and every target's. */
  async assessmentInputs(
    tx: EntityManager,
    depot: string,
    sku: string,
  ): Promise<{ published: PublishedAvailability | null; targets: TargetFigure[] }> {
    const [row]: {
      parity_ats: string | null;
      parity_version: string | null;
      parity_changed_at: Date | null;
    }[] = await tx.query(
      `SELECT parity_ats, parity_version, parity_changed_at FROM reconciliation.stock_parity
       WHERE depot = $1 AND sku = $2`,
      [depot, sku],
    );
    const acks: { ats: string | null; availability_version: string | null }[] = await tx.query(
      `SELECT ats, availability_version FROM reconciliation.stock_parity_acks
       WHERE depot = $1 AND sku = $2`,
      [depot, sku],
    );
    const published =
      row?.parity_ats != null && row.parity_version !== null && row.parity_changed_at !== null
        ? {
            ats: Number(row.parity_ats),
            version: Number(row.parity_version),
            changedAt: row.parity_changed_at,
          }
        : null;
    return {
      published,
      targets: acks.map((a) => ({
        ats: a.ats === null ? null : Number(a.ats),
        version: a.availability_version === null ? null : Number(a.availability_version),
      })),
    };
  }

  /** Stores the assessment, and Prima's acknowledged figure beside it for listing and filtering. */
  async saveAssessment(
    tx: EntityManager,
    depot: string,
    sku: string,
    assessment: ParityAssessment,
  ): Promise<void> {
    await tx.query(
      `UPDATE reconciliation.stock_parity SET
         drift = $3, status = $4, recheck_at = $5,
         (prima_ats, prima_version, prima_acked_at) = (
           SELECT ats, availability_version, acked_at FROM reconciliation.stock_parity_acks
           WHERE depot = $1 AND sku = $2 AND target = 'PRIMA')
       WHERE depot = $1 AND sku = $2`,
      [depot, sku, assessment.drift, assessment.status, assessment.recheckAt],
    );
  }

  /** Rows whose status may have changed by the passing of time, locked for reassessment. */
  async dueForRecheck(
    tx: EntityManager,
    now: Date,
    limit: number,
  ): Promise<{ depot: string; sku: string }[]> {
    return tx.query(
      `SELECT depot, sku FROM reconciliation.stock_parity
       WHERE recheck_at <= $1 ORDER BY recheck_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
  }
}

// A figure for a version at least as new as the held one (a replayed ack rewrites the same).
const newerFigure = `EXCLUDED.availability_version IS NOT NULL
  AND (a.availability_version IS NULL OR EXCLUDED.availability_version >= a.availability_version)`;
const newerAnswer = `EXCLUDED.last_answer_at >= a.last_answer_at`;
