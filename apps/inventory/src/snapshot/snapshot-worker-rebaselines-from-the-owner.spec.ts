import type { Availability, StockLevels } from '@parity/contracts';
import type { EventPublisher } from '@parity/kafka';
import type { DataSource, EntityManager } from 'typeorm';
import { depotsOf } from '../depots/inventory-depots.fixture';
import type { InventoryWorld } from '../depots/inventory-world';
import type { LedgerService, OpenRequest } from '../ledger/ledger.service';
import type { PushQueueRepository } from '../push/push-queue.repository';
import type { SnapshotReader } from './snapshot-reader.port';
import { SnapshotWorker } from './snapshot-worker';

// WH1 is at Peoplevox's site PrimarySite; Prima's store depot is read at its own code.
const depots = depotsOf(
  [
    { code: 'WH1', owner: 'PEOPLEVOX', wms: 'PEOPLEVOX' },
    { code: 'STORE01', owner: 'PRIMA' },
  ],
  { vendorLocations: [{ vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'WH1' }] },
);
const world = { current: () => depots } as unknown as InventoryWorld;

/** An owner whose figures the test sets: the in-test SnapshotReader. */
class FakeOwner implements SnapshotReader {
  readonly asked: string[] = [];
  constructor(private readonly figures: Record<string, StockLevels>) {}
  async read(owner: string, location: string, skus: readonly string[]) {
    this.asked.push(`${owner}:${location}:${skus.join(',')}`);
    const found = new Map<string, StockLevels>();
    for (const sku of skus) {
      const levels = this.figures[`${location}:${sku}`];
      if (levels) found.set(sku, levels);
    }
    return found;
  }
}

const noPushes = { enqueue: async () => undefined } as unknown as PushQueueRepository;

function workerWith(
  open: { id: string; sku: string; depot: string; last_sequence: string | null }[],
) {
  const tx = {} as EntityManager;
  const updates: unknown[][] = [];
  const db = {
    query: async (sql: string, params: unknown[]) => {
      if (sql.includes('SELECT')) return open;
      updates.push(params);
      return [];
    },
    transaction: async <T>(work: (tx: EntityManager) => Promise<T>) => work(tx),
  } as unknown as DataSource;
  const rebaselined: { request: OpenRequest; levels: StockLevels }[] = [];
  const ledger = {
    rebaseline: async (_: EntityManager, request: OpenRequest, levels: StockLevels) => {
      rebaselined.push({ request, levels });
      if (request.seenSequence === 99) return 'superseded';
      return { sku: request.sku, version: 5 } as Availability;
    },
  } as unknown as LedgerService;
  const published: Availability[] = [];
  const publisher = {
    publish: async (_: EntityManager, __: unknown, values: readonly Availability[]) => {
      published.push(...values);
    },
  } as unknown as EventPublisher;
  return {
    worker: new SnapshotWorker(db, ledger, publisher, noPushes, world),
    updates,
    rebaselined,
    published,
  };
}

describe('the snapshot worker', () => {
  it("asks each depot's owner once for all its SKUs, at its location there, and re-baselines from the answers, publishing the new availability", async () => {
    const owner = new FakeOwner({ 'PrimarySite:A': { onHand: 7, allocated: 1, quarantined: 0 } });
    const { worker, rebaselined, published } = workerWith([
      { id: '1', sku: 'A', depot: 'WH1', last_sequence: '4' },
      { id: '5', sku: 'E', depot: 'WH1', last_sequence: null },
    ]);
    expect(await worker.drain(owner)).toEqual({ rebaselined: 1, unanswered: 1, superseded: 0 });
    expect(owner.asked).toEqual(['PEOPLEVOX:PrimarySite:A,E']);
    expect(rebaselined).toEqual([
      {
        request: { id: '1', sku: 'A', depot: 'WH1', seenSequence: 4 },
        levels: { onHand: 7, allocated: 1, quarantined: 0 },
      },
    ]);
    expect(published).toEqual([{ sku: 'A', version: 5 }]);
  });

  it('leaves a request open, counting the attempt, when the owner does not know the SKU or fails', async () => {
    const failing: SnapshotReader = { read: () => Promise.reject(new Error('HTTP 503')) };
    const { worker, updates, published } = workerWith([
      { id: '2', sku: 'B', depot: 'STORE01', last_sequence: null },
    ]);
    expect(await worker.drain(new FakeOwner({}))).toMatchObject({ unanswered: 1 });
    expect(await worker.drain(failing)).toMatchObject({ unanswered: 1 });
    expect(updates).toEqual([['2'], ['2']]);
    expect(published).toEqual([]);
  });

  it('drops a read the ledger moved past while the owner was asked', async () => {
    const owner = new FakeOwner({ 'PrimarySite:C': { onHand: 1, allocated: 0, quarantined: 0 } });
    const { worker, published } = workerWith([
      { id: '3', sku: 'C', depot: 'WH1', last_sequence: '99' },
    ]);
    expect(await worker.drain(owner)).toEqual({ rebaselined: 0, unanswered: 0, superseded: 1 });
    expect(published).toEqual([]);
  });

  it('stops between requests once shutdown aborts the round', async () => {
    const owner = new FakeOwner({ 'PrimarySite:D': { onHand: 1, allocated: 0, quarantined: 0 } });
    const { worker } = workerWith([{ id: '4', sku: 'D', depot: 'WH1', last_sequence: '1' }]);
    expect(await worker.drain(owner, 100, AbortSignal.abort())).toEqual({
      rebaselined: 0,
      unanswered: 0,
      superseded: 0,
    });
    expect(owner.asked).toEqual([]);
  });
});
