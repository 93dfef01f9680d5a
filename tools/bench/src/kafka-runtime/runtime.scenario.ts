import type { StockMovement, TopicDefinition } from '@parity/contracts';
import { fmt } from '../output';
import { measure } from '../measure/measure';
import type { BenchContext } from './bench-context';
import type { StockTotals } from './bench-database';
import { startRuntime } from './runtime-consumer';
import type { ScenarioResult } from './scenario-result';

/**
 * The Parity runtime draining the whole backlog into a per-SKU table. Afterwards the table
 * must hold every SKU with the net on-hand change of all movements: exactly-once, checked.
 */
export async function runtimeScenario(
  ctx: BenchContext,
  topic: TopicDefinition<StockMovement>,
  expected: StockTotals,
): Promise<ScenarioResult> {
  const { options } = ctx;
  const table = await ctx.database.stockTable('runtime');
  const measurement = await measure('runtime', options.events, async (meter) => {
    const runtime = await startRuntime(ctx, topic, {
      scenario: 'runtime',
      table,
      meter,
      recordLatency: false,
    });
    const stop = ctx.running.add(() => runtime.stop());
    try {
      await meter.done;
    } finally {
      await stop();
    }
  });
  const totals = await ctx.database.totals(table);
  const exact =
    totals.rows === expected.rows &&
    totals.onHand === expected.onHand &&
    totals.lastSequenceSum === expected.lastSequenceSum;
  return {
    scenario: 'runtime',
    label: 'Parity runtime: EventConsumer + handleBatch upsert + inbox',
    ...measurement,
    notes: [
      `lanesPerPartition ${options.lanes}, partitionsConcurrently ${options.partitionsConcurrently}, pg pool ${options.pool}`,
      exact
        ? `checked: ${describe(totals)}, as produced`
        : `MISMATCH: ${describe(totals)}; produced ${describe(expected)}`,
    ],
  };
}

function describe(totals: StockTotals): string {
  return `${fmt.int(totals.rows)} SKU rows, net on hand ${fmt.int(totals.onHand)}, Σ last sequence ${fmt.int(totals.lastSequenceSum)}`;
}
