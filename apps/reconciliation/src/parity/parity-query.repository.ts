import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ParityStatus } from './assess-parity';

export interface ParityFilter {
  readonly sku?: string;
  readonly depot?: string;
  readonly status?: ParityStatus;
  /** Only rows after this (depot, sku): the keyset cursor. */
  readonly after?: readonly [string, string];
  readonly limit: number;
}

/** A `stock_parity` row as pg returns it (bigints as strings). */
export interface ParityRow {
  depot: string;
  sku: string;
  stock_owner: string | null;
  parity_on_hand: string | null;
  parity_allocated: string | null;
  parity_quarantined: string | null;
  parity_pending: string | null;
  parity_ats: string | null;
  parity_version: string | null;
  parity_changed_at: Date | null;
  wms_on_hand: string | null;
  wms_allocated: string | null;
  wms_levels_at: Date | null;
  wms_last_event_id: string | null;
  wms_last_event_at: Date | null;
  prima_ats: string | null;
  prima_version: string | null;
  prima_acked_at: Date | null;
  last_ack_at: Date | null;
  last_event_at: Date | null;
  drift: string;
  status: ParityStatus;
}

export interface AckRow {
  depot: string;
  sku: string;
  target: string;
  system: string;
  store: string | null;
  ats: string | null;
  availability_version: string | null;
  acked_at: Date | null;
  last_status: string;
  failure_reason: string | null;
  last_answer_at: Date;
}

export interface StatusCount {
  depot: string;
  status: ParityStatus;
  rows: string;
}

/** Reads of the stock-parity view for the API. */
@Injectable()
export class ParityQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ordered by depot then SKU, keyset-paged. */
  list(filter: ParityFilter): Promise<ParityRow[]> {
    return this.dataSource.query(
      `SELECT * FROM reconciliation.stock_parity
       WHERE ($1::text IS NULL OR sku = $1)
         AND ($2::text IS NULL OR depot = $2)
         AND ($3::text IS NULL OR status = $3)
         AND ($4::text IS NULL OR (depot, sku) > ($4::text COLLATE "C", $5::text COLLATE "C"))
       ORDER BY depot, sku
       LIMIT $6`,
      [
        filter.sku ?? null,
        filter.depot ?? null,
        filter.status ?? null,
        filter.after?.[0] ?? null,
        filter.after?.[1] ?? null,
        filter.limit,
      ],
    );
  }

  /** Every target's figure for the rows of a page, in one query. */
  acksOf(rows: readonly { depot: string; sku: string }[]): Promise<AckRow[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT a.* FROM reconciliation.stock_parity_acks a
       JOIN unnest($1::text[], $2::text[]) AS page(depot, sku)
         ON a.depot = page.depot AND a.sku = page.sku
       ORDER BY a.target`,
      [rows.map((r) => r.depot), rows.map((r) => r.sku)],
    );
  }

  countsByDepotAndStatus(): Promise<StatusCount[]> {
    return this.dataSource.query(
      `SELECT depot, status, count(*) AS rows FROM reconciliation.stock_parity
       GROUP BY depot, status ORDER BY depot, status`,
    );
  }
}
