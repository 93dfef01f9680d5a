import { randomUUID } from 'node:crypto';
import { Topics, type Availability, type StockMovement } from '@parity/contracts';
import type { ServiceProcess } from '@parity/launcher';
import { endOffsetsOf } from '../support/read-topic';
import {
  InventoryStack,
  migrateInventory,
  startInventory,
  stockMovement,
  type LedgerRow,
  type TestDepot,
} from './inventory-stack';

// Enough that the service cannot apply them all between two polls of its progress: the kill
// must land mid-stream.
const SKUS = 1_000;
const DEPOTS: readonly TestDepot[] = ['WH1', 'WH2'];
const ROUNDS = 20; // 40,000 movements, 20 per SKU × depot

// A warehouse day per SKU × depot that never takes a figure below zero.
const DAY: readonly [StockMovement['kind'], number, StockMovement['condition']][] = [
  ['RECEIPT', 20, 'SELLABLE'],
  ['ALLOCATION', 3, 'SELLABLE'],
  ['PICK', 3, 'SELLABLE'],
  ['DESPATCH', 3, 'SELLABLE'],
  ['ADJUSTMENT', -1, 'SELLABLE'],
  ['RETURN', 2, 'QUARANTINE'],
  ['ALLOCATION', 4, 'SELLABLE'],
  ['DEALLOCATION', 4, 'SELLABLE'],
  ['RECEIPT', 5, 'SELLABLE'],
  ['ALLOCATION', 2, 'SELLABLE'],
];

/** Every movement of the run, round by round so that each batch mixes many keys. */
function movements(skus: readonly string[]): StockMovement[] {
  return Array.from({ length: ROUNDS }, (_, round) => {
    const [kind, quantity, condition] = DAY[round % DAY.length] ?? DAY[0];
    return skus.flatMap((sku) =>
      DEPOTS.map((depot) => stockMovement(sku, depot, round + 1, kind, quantity, { condition })),
    );
  }).flat();
}

/** The ledger a pair must end with: the plain sum of its movements, by the schema's rules. */
function sumOf(all: readonly StockMovement[]): Map<string, Omit<LedgerRow, 'version'>> {
  const sums = new Map<string, Omit<LedgerRow, 'version'>>();
  for (const m of all) {
    const key = `${m.depot}:${m.sku}`;
    const row = sums.get(key) ?? {
      sku: m.sku,
      depot: m.depot,
      on_hand: 0,
      allocated: 0,
      quarantined: 0,
      pending: 0,
      last_sequence: 0,
    };
    const held = m.condition === 'QUARANTINE' ? m.quantity : 0;
    if (['RECEIPT', 'RETURN', 'ADJUSTMENT'].includes(m.kind)) {
      row.on_hand += m.quantity;
      row.quarantined += held;
    }
    if (m.kind === 'ALLOCATION') row.allocated += m.quantity;
    if (m.kind === 'DEALLOCATION') row.allocated -= m.quantity;
    if (m.kind === 'DESPATCH') {
      row.on_hand -= m.quantity;
      row.allocated -= m.quantity;
    }
    row.last_sequence = m.sourceSequence;
    sums.set(key, row);
  }
  return sums;
}

/** Whether a process still exists (signal 0 probes without sending anything). */
function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('inventory killed with SIGKILL mid-stream', () => {
  const stack = new InventoryStack();
  const run = randomUUID().slice(0, 8);
  const skus = Array.from({ length: SKUS }, (_, i) => `K-${run}-${String(i).padStart(4, '0')}`);
  const all = movements(skus);
  const historyCount = `SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS distinct_events
                          FROM inventory.stock_movements WHERE sku = ANY($1)`;
  let restarted: ServiceProcess | undefined;

  beforeAll(async () => {
    await migrateInventory();
    await stack.connect();
  });

  afterAll(async () => {
    await restarted?.stop();
    await stack.close();
  });

  it('loses and doubles nothing: the ledger is the sum of the movements, versions rise by one', async () => {
    const from = await endOffsetsOf(stack.kafka, Topics.inventoryAvailabilityV1.name);
    await stack.produce(all);

    const first = await startInventory(stack);
    const [partial] = await stack.waitFor<{ n: number }>(
      historyCount,
      [skus],
      ([row]) => (row?.n ?? 0) >= 1_500,
      60_000,
      // Inventory applies thousands a second once warm: look often, or the stream is over first.
      10,
    );
    process.kill(first.pid ?? 0, 'SIGKILL');
    await first.waitForExit();
    expect(isAlive(first.pid)).toBe(false);
    expect(partial?.n).toBeLessThan(all.length);

    restarted = await startInventory(stack);
    const [done] = await stack.waitFor<{ n: number; distinct_events: number }>(
      historyCount,
      [skus],
      ([row]) => (row?.n ?? 0) >= all.length,
      120_000,
    );
    // Give a double application, were there one, time to show.
    await new Promise((settle) => setTimeout(settle, 2_000));
    const [settled] = await stack.db.query(historyCount, [skus]);
    expect(settled).toEqual({ n: all.length, distinct_events: all.length });
    expect(done?.n).toBe(all.length);

    const ledger = await stack.ledger(skus);
    const expected = sumOf(all);
    expect(ledger.map(({ version: _, ...row }) => row)).toEqual(
      ledger.map((row) => expected.get(`${row.depot}:${row.sku}`)),
    );
    expect(ledger).toHaveLength(expected.size);
    const [requests] = await stack.db.query(
      `SELECT count(*)::int AS n FROM inventory.snapshot_requests WHERE sku = ANY($1)`,
      [skus],
    );
    expect(requests).toEqual({ n: 0 });

    const finalVersion = new Map(ledger.map((row) => [`${row.depot}:${row.sku}`, row.version]));
    const events = await stack.availability(
      from,
      new Set(skus),
      (read) => coversFinalVersions(read, finalVersion),
      120_000,
    );
    const byKey = groupByPair(events);
    expect(byKey.size).toBe(expected.size);
    for (const [key, keyEvents] of byKey) {
      // The relay is at-least-once: rows sent but not yet deleted at the kill are sent again,
      // identically. A consumer drops them by version; the versions must have no gaps.
      const firsts = dedupeIdentical(keyEvents);
      expect({ key, versions: firsts.map((e) => e.version) }).toEqual({
        key,
        versions: firsts.map((_, i) => i + 1),
      });
      const last = firsts.at(-1);
      const row = expected.get(key);
      expect({ key, onHand: last?.onHand, allocated: last?.allocated }).toEqual({
        key,
        onHand: row?.on_hand,
        allocated: row?.allocated,
      });
    }
  });
});

function coversFinalVersions(
  events: readonly Availability[],
  finalVersion: ReadonlyMap<string, number>,
): boolean {
  const seen = new Set(
    events
      .filter((e) => finalVersion.get(`${e.depot}:${e.sku}`) === e.version)
      .map((e) => e.sku + e.depot),
  );
  return seen.size === finalVersion.size;
}

/** Keeps the first copy of each event id, failing if a copy differs from it. */
function dedupeIdentical(events: readonly Availability[]): Availability[] {
  const first = new Map<string, Availability>();
  for (const event of events) {
    const seen = first.get(event.header.eventId);
    if (seen) expect(event).toEqual(seen);
    else first.set(event.header.eventId, event);
  }
  return [...first.values()];
}

function groupByPair(events: readonly Availability[]): Map<string, Availability[]> {
  const byKey = new Map<string, Availability[]>();
  for (const event of events) {
    const key = `${event.depot}:${event.sku}`;
    byKey.set(key, [...(byKey.get(key) ?? []), event]);
  }
  return byKey;
}
