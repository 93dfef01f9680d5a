import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { exceptionTopicFor, type IntegrationException, type Team } from '@parity/contracts';
import { KafkaRuntime } from '@parity/kafka';
import { PLATFORM_CONFIG } from '@parity/service';
import { createLogger } from '@parity/telemetry';
import { DataSource } from 'typeorm';
import type { ReconciliationConfig } from '../reconciliation.config';
import type { StockFinding } from './compare-stock';
import { stockDriftException } from './stock-drift-exception';
import {
  STOCK_SNAPSHOT_SOURCES,
  type SnapshotSources,
  type StockSnapshotSource,
} from './stock-snapshot-source';
import { sweepSource, type SourceSweepCounts } from './sweep-source';
import { viewRows } from './view-rows';

/** Exceptions written to the outbox per transaction: bounded memory, few commits. */
const EXCEPTIONS_PER_COMMIT = 500;
/** Names the sweep's session lock, so one replica sweeps at a time. */
const SWEEP_LOCK = 'reconciliation.snapshot-sweep';

export interface SweepReport {
  readonly sweepId: string;
  /** False when another replica was sweeping: this one did nothing. */
  readonly ran: boolean;
  readonly sources: readonly ({ readonly system: string } & SourceSweepCounts)[];
  readonly elapsedMs: number;
}

/**
 * Compares each snapshot source with the view and raises a STOCK_DRIFT exception on the
 * owning team's topic, through the outbox, for every disagreement beyond the tolerance.
 */
@Injectable()
export class SnapshotSweep {
  private readonly log = createLogger(SnapshotSweep.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly runtime: KafkaRuntime,
    @Inject(STOCK_SNAPSHOT_SOURCES) private readonly sources: SnapshotSources,
    @Inject(PLATFORM_CONFIG) private readonly config: ReconciliationConfig,
  ) {}

  async run(): Promise<SweepReport> {
    const sweepId = randomUUID();
    const started = performance.now();
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }]: { locked: boolean }[] = await lock.query(
        `SELECT pg_try_advisory_lock(hashtext($1)) AS locked`,
        [SWEEP_LOCK],
      );
      if (!locked) return { sweepId, ran: false, sources: [], elapsedMs: 0 };
      try {
        const sources = [];
        // The world's depots as they are now: a depot added since the last run is swept too.
        for (const source of this.sources()) sources.push(await this.sweep(sweepId, source));
        const report = { sweepId, ran: true, sources, elapsedMs: performance.now() - started };
        this.log.info('sweep.done', { ...report, sources: JSON.stringify(sources) });
        return report;
      } finally {
        await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [SWEEP_LOCK]);
      }
    } finally {
      await lock.release();
    }
  }

  private async sweep(sweepId: string, source: StockSnapshotSource) {
    const pending: IntegrationException[] = [];
    const detectedAt = Date.now();
    const raise = async (finding: StockFinding) => {
      pending.push(stockDriftException(finding, sweepId, detectedAt));
      if (pending.length >= EXCEPTIONS_PER_COMMIT) await this.publish(pending.splice(0));
    };
    const counts = await sweepSource(
      viewRows(this.dataSource, source.depots),
      source,
      this.config.sweep.quantityTolerance,
      raise,
    );
    await this.publish(pending.splice(0));
    return { system: source.system, ...counts };
  }

  private async publish(exceptions: readonly IntegrationException[]): Promise<void> {
    if (exceptions.length === 0) return;
    const byTeam = new Map<Team, IntegrationException[]>();
    for (const e of exceptions) byTeam.set(e.team, [...(byTeam.get(e.team) ?? []), e]);
    await this.dataSource.transaction(async (tx) => {
      for (const [team, values] of byTeam) {
        await this.runtime.publisher.publish(tx, exceptionTopicFor(team), values);
      }
    });
  }
}
