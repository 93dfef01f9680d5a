import { randomUUID } from 'node:crypto';
import { exceptionTopicFor, Topics, type IntegrationException } from '@parity/contracts';
import { DLQ_HEADER, dlqTopicName } from '@parity/kafka';
import type { ServiceProcess } from '@parity/launcher';
import { endOffsetsOf, readTopicUntil } from '../support/read-topic';
import {
  decodeWithCatalogSchema,
  InventoryStack,
  metricsOf,
  migrateInventory,
  startInventory,
  stockMovement,
} from './inventory-stack';

/** SKUs no other test or run uses. */
const uniqueSku = (label: string) => `T-${label}-${randomUUID().slice(0, 8)}`;

describe('inventory: stock movements to the ledger and available-to-sell', () => {
  const stack = new InventoryStack();
  let service: ServiceProcess;

  beforeAll(async () => {
    await migrateInventory();
    await stack.connect();
    service = await startInventory(stack, { INVENTORY_SAFETY_BUFFER: '0' });
  });

  afterAll(async () => {
    expect(await service?.stop()).toBe(0);
    await stack.close();
  });

  it('lowers ATS at the allocation, before any despatch', async () => {
    const sku = uniqueSku('alloc');
    const from = await endOffsetsOf(stack.kafka, Topics.inventoryAvailabilityV1.name);
    await stack.produce([
      stockMovement(sku, 'WH1', 1, 'RECEIPT', 10),
      stockMovement(sku, 'WH1', 2, 'ALLOCATION', 4, { orderNo: 'SO-1' }),
    ]);
    const allocated = await stack.availability(from, new Set([sku]), (events) =>
      events.some((e) => e.allocated === 4),
    );
    // Nothing has been despatched yet: the allocation alone took the 4 units off sale.
    expect(allocated.at(-1)).toMatchObject({
      sku,
      depot: 'WH1',
      stockOwner: 'PEOPLEVOX',
      onHand: 10,
      allocated: 4,
      ats: 6,
      header: { source: 'PARITY', producedBy: 'inventory/ledger' },
    });

    await stack.produce([
      stockMovement(sku, 'WH1', 3, 'PICK', 4, { orderNo: 'SO-1' }),
      stockMovement(sku, 'WH1', 4, 'DESPATCH', 4, { orderNo: 'SO-1' }),
    ]);
    const despatched = await stack.availability(from, new Set([sku]), (events) =>
      events.some((e) => e.onHand === 6),
    );
    expect(despatched.at(-1)).toMatchObject({ onHand: 6, allocated: 0, ats: 6 });
    expect(despatched.map((e) => e.version)).toEqual(despatched.map((_, i) => i + 1));
    expect(despatched.map((e) => e.header.eventId)).toEqual(
      despatched.map((e) => `inventory:availability:WH1:${sku}:${e.version}`),
    );
  });

  it('holds back the safety buffer of the SKU', async () => {
    const sku = uniqueSku('buffer');
    await stack.owner.query(`INSERT INTO inventory.safety_buffers (sku, units) VALUES ($1, 3)`, [
      sku,
    ]);
    const from = await endOffsetsOf(stack.kafka, Topics.inventoryAvailabilityV1.name);
    await stack.produce([stockMovement(sku, 'STORE01', 1, 'RECEIPT', 5)]);
    const [event] = await stack.availability(from, new Set([sku]), (events) => events.length > 0);
    expect(event).toMatchObject({ depot: 'STORE01', stockOwner: 'PRIMA', onHand: 5, ats: 2 });
  });

  it('changes nothing for duplicates and out-of-order movements', async () => {
    const sku = uniqueSku('dup');
    const staleBefore = staleCount(await metricsOf());
    const from = await endOffsetsOf(stack.kafka, Topics.inventoryAvailabilityV1.name);
    await stack.produce([
      stockMovement(sku, 'WH1', 10, 'RECEIPT', 10),
      stockMovement(sku, 'WH1', 12, 'ALLOCATION', 2),
      stockMovement(sku, 'WH1', 12, 'ALLOCATION', 2), // redelivered
      stockMovement(sku, 'WH1', 11, 'ADJUSTMENT', -5), // arrived late
      stockMovement(sku, 'WH1', 10, 'RECEIPT', 10), // replayed
      stockMovement(sku, 'WH1', 13, 'RECEIPT', 1), // the marker: everything before is done
    ]);
    const events = await stack.availability(from, new Set([sku]), (read) =>
      read.some((e) => e.onHand === 11),
    );
    expect(events.at(-1)).toMatchObject({ onHand: 11, allocated: 2, ats: 9 });
    expect(await stack.ledger([sku])).toEqual([
      expect.objectContaining({ on_hand: 11, allocated: 2, last_sequence: 13 }),
    ]);
    const history = await stack.db.query(
      `SELECT source_sequence::int AS seq FROM inventory.stock_movements WHERE sku = $1 ORDER BY id`,
      [sku],
    );
    expect(history).toEqual([{ seq: 10 }, { seq: 12 }, { seq: 13 }]);
    expect(staleCount(await metricsOf()) - staleBefore).toBe(3);
  });

  it('opens one snapshot request for movements that would go negative, and applies what is safe', async () => {
    const sku = uniqueSku('neg');
    await stack.produce([
      stockMovement(sku, 'WH2', 1, 'RECEIPT', 2),
      stockMovement(sku, 'WH2', 2, 'DESPATCH', 5),
      stockMovement(sku, 'WH2', 3, 'DEALLOCATION', 1),
      stockMovement(sku, 'WH2', 4, 'RECEIPT', 3),
    ]);
    const [ledger] = await stack.waitFor<{ last_sequence: number }>(
      `SELECT last_sequence::int FROM inventory.stock_ledger WHERE sku = $1`,
      [sku],
      ([row]) => row?.last_sequence === 4,
    );
    expect(ledger).toBeDefined();
    expect(await stack.ledger([sku])).toEqual([
      expect.objectContaining({ depot: 'WH2', on_hand: 3, allocated: 0 }),
    ]);
    const requests = await stack.db.query(
      `SELECT depot, reason, resolved_at FROM inventory.snapshot_requests WHERE sku = $1`,
      [sku],
    );
    expect(requests).toEqual([{ depot: 'WH2', reason: 'CONTRADICTION', resolved_at: null }]);
    const discrepancies = await stack.db.query(
      `SELECT source_sequence::int AS seq, discrepancy FROM inventory.stock_movements
        WHERE sku = $1 AND discrepancy IS NOT NULL ORDER BY id`,
      [sku],
    );
    expect(discrepancies).toEqual([
      {
        seq: 2,
        discrepancy:
          'DESPATCH took onHand to -3; held at 0; DESPATCH took allocated to -5; held at 0',
      },
      { seq: 3, discrepancy: 'DEALLOCATION took allocated to -1; held at 0' },
    ]);

    // The owner's own snapshot answers the request and re-baselines the figures.
    const from = await endOffsetsOf(stack.kafka, Topics.inventoryAvailabilityV1.name);
    await stack.produce([
      stockMovement(sku, 'WH2', 5, 'SNAPSHOT', 0, {
        levels: { onHand: 9, allocated: 2, quarantined: 1 },
      }),
    ]);
    const [rebaselined] = await stack.availability(from, new Set([sku]), (e) => e.length > 0);
    expect(rebaselined).toMatchObject({ onHand: 9, allocated: 2, quarantined: 1, ats: 6 });
    expect(
      await stack.db.query(`SELECT resolution FROM inventory.snapshot_requests WHERE sku = $1`, [
        sku,
      ]),
    ).toEqual([{ resolution: 'SOURCE_SNAPSHOT' }]);
  });

  it('asks for a snapshot on a sequence gap where the owner numbers contiguously', async () => {
    const sku = uniqueSku('gap');
    await stack.produce([
      stockMovement(sku, 'WH2', 1, 'RECEIPT', 2),
      stockMovement(sku, 'WH2', 3, 'RECEIPT', 2),
      stockMovement(sku, 'WH1', 1, 'RECEIPT', 2),
      stockMovement(sku, 'WH1', 5, 'RECEIPT', 2), // WH1's owner numbers sparsely: no gap
    ]);
    const requests = await stack.waitFor<{ depot: string; reason: string }>(
      `SELECT r.depot, r.reason FROM inventory.snapshot_requests r
         JOIN inventory.stock_ledger l USING (sku, depot)
        WHERE r.sku = $1 AND l.last_sequence IN (3, 5) ORDER BY r.depot`,
      [sku],
      (rows) => rows.length > 0,
    );
    await stack.waitFor(
      `SELECT 1 FROM inventory.stock_ledger WHERE sku = $1 AND last_sequence = 5`,
      [sku],
      (rows) => rows.length === 1,
    );
    expect(requests).toEqual([{ depot: 'WH2', reason: 'SEQUENCE_GAP' }]);
  });

  it('rejects a movement for an unknown depot as LOCATION_UNMAPPED about its SKU, dead-letters nothing, and applies the movements behind it', async () => {
    const sku = uniqueSku('unmapped');
    const exceptions = exceptionTopicFor('DATA');
    const dlq = dlqTopicName(Topics.wmsStockMovementsV1.name);
    const fromExceptions = await endOffsetsOf(stack.kafka, exceptions.name);
    const fromDlq = await endOffsetsOf(stack.kafka, dlq);
    await stack.produce([
      stockMovement(sku, 'WH1', 1, 'RECEIPT', 5),
      stockMovement(sku, 'NOWHERE', 1, 'RECEIPT', 7),
      stockMovement(sku, 'WH1', 2, 'RECEIPT', 1),
      stockMovement(sku, 'WH1', 3, 'ALLOCATION', 2),
      // Malformed, so dead-lettered: the marker that the rejection's turn in the DLQ has passed.
      stockMovement(sku, 'WH1', 4, 'SNAPSHOT', 0),
    ]);
    await stack.waitFor(
      `SELECT 1 FROM inventory.stock_ledger WHERE sku = $1 AND last_sequence = 3`,
      [sku],
      (rows) => rows.length === 1,
    );
    expect(await stack.ledger([sku])).toEqual([
      expect.objectContaining({ depot: 'WH1', on_hand: 6, allocated: 2 }),
    ]);

    const raised = await readTopicUntil(
      stack.kafka,
      exceptions.name,
      (messages) => messages.some((m) => m.key?.toString() === sku),
      30_000,
      fromExceptions,
    );
    const exception = raised
      .filter((m) => m.key?.toString() === sku)
      .map((m) => decodeWithCatalogSchema<IntegrationException>(exceptions, m.value));
    expect(exception).toEqual([
      expect.objectContaining({
        type: 'LOCATION_UNMAPPED',
        team: 'DATA',
        entityType: 'SKU',
        entityId: sku,
        fingerprint: `LOCATION_UNMAPPED:SKU:${sku}:NOWHERE`,
        sourceTopic: Topics.wmsStockMovementsV1.name,
        rawPayloadRef: null,
      }),
    ]);
    expect(exception[0]?.summary).toContain('depot NOWHERE, which the world model does not have');
    const deadLetters = await readTopicUntil(
      stack.kafka,
      dlq,
      (messages) => messages.some((m) => m.key?.toString() === sku),
      30_000,
      fromDlq,
    );
    // A key's records share a partition, in order: the rejection would precede the marker.
    expect(
      deadLetters
        .filter((m) => m.key?.toString() === sku)
        .map((m) => m.headers?.[DLQ_HEADER.errorCode]?.toString()),
    ).toEqual(['INVENTORY.SNAPSHOT_WITHOUT_LEVELS']);
  });
});

function staleCount(metrics: string): number {
  const line = metrics
    .split('\n')
    .find((l) => l.startsWith('parity_inventory_movements_total{outcome="stale"}'));
  return line ? Number(line.split(' ')[1]) : 0;
}
