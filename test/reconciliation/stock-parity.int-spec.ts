import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exceptionTopicFor,
  Topics,
  type Availability,
  type SourceSystem,
  type SyncAck,
} from '@parity/contracts';
import { endOffsetsOf } from '../support/read-topic';
import { unique } from '../support/unique';
import { header, ReconciliationUnderTest } from './reconciliation-under-test';

interface Figure {
  target: string;
  ats: number | null;
  version: number | null;
}
interface Row {
  sku: string;
  depot: string;
  parity: { onHand: number | null; ats: number | null; version: number | null };
  wms: { onHand: number | null; allocated: number | null; lastEventId: string | null };
  prima: Figure | null;
  tills: Figure[];
  drift: number;
  status: string;
}
interface Page {
  items: Row[];
  nextCursor: string | null;
}

const TOLERANCE_MS = 3_000;
const warehouse = unique('WH');
const store = unique('ST');
// The sweep compares whole depots: its own keeps the other tests' rows out of its counts.
const swept = unique('WH');
const snapshots = mkdtempSync(join(tmpdir(), 'parity-sweep-'));
const pvxFile = join(snapshots, 'peoplevox.csv');
const primaFile = join(snapshots, 'prima.csv');

function availability(
  depot: string,
  sku: string,
  version: number,
  ats: number,
  stockOwner: SourceSystem = 'PEOPLEVOX',
): Availability {
  return {
    header: header('PARITY'),
    sku,
    depot,
    stockOwner,
    onHand: ats + 2,
    allocated: 2,
    quarantined: 0,
    pending: 0,
    ats,
    quantityScale: 0,
    version,
  };
}

function ack(
  depot: string,
  sku: string,
  target: SourceSystem,
  version: number,
  ats: number,
  storeCode: string | null = null,
): SyncAck {
  return {
    header: header(target),
    sku,
    depot,
    target,
    store: storeCode,
    availabilityVersion: version,
    ats,
    quantityScale: 0,
    changedAt: Date.now(),
    status: 'ACKNOWLEDGED',
    failureReason: null,
  };
}

describe('the stock-parity view', () => {
  const reconciliation = new ReconciliationUnderTest(3161, {
    PARITY_ACK_TOLERANCE_MS: String(TOLERANCE_MS),
    PARITY_RECHECK_INTERVAL_MS: '500',
    SWEEP_SNAPSHOT_FILES: JSON.stringify([
      { system: 'PEOPLEVOX', depots: [swept], path: pvxFile },
      { system: 'PRIMA', depots: [store], path: primaFile },
    ]),
  });

  beforeAll(() => reconciliation.start(), 120_000);
  afterAll(async () => {
    await reconciliation.stop();
    rmSync(snapshots, { recursive: true, force: true });
  });

  const row = (depot: string, sku: string, done: (row: Row) => boolean) =>
    reconciliation
      .until<Page>(
        `/parity?depot=${depot}&sku=${sku}`,
        (p) => p.items.length === 1 && done(p.items[0] as Row),
      )
      .then((p) => p.items[0] as Row);

  it('is IN_PARITY when Prima and every till store acknowledged the latest figure', async () => {
    const sku = unique('SKU');
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(warehouse, sku, 1, 10),
    ]);
    expect((await row(warehouse, sku, (r) => r.parity.version === 1)).status).toBe('PENDING');
    await reconciliation.publish(Topics.inventorySyncAcksV1, [
      ack(warehouse, sku, 'PRIMA', 1, 10),
      ack(warehouse, sku, 'LIGHTSPEED', 1, 10, 'STORE01'),
    ]);
    const inParity = await row(warehouse, sku, (r) => r.tills.length === 1 && r.prima !== null);
    expect(inParity).toMatchObject({
      status: 'IN_PARITY',
      drift: 0,
      parity: { onHand: 12, ats: 10, version: 1 },
      prima: { target: 'PRIMA', ats: 10, version: 1 },
      tills: [{ target: 'LIGHTSPEED:STORE01', ats: 10, version: 1 }],
    });
  });

  it('is DRIFTED, with the drift, when a target acknowledged a different figure', async () => {
    const sku = unique('SKU');
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(warehouse, sku, 1, 10),
    ]);
    await reconciliation.publish(Topics.inventorySyncAcksV1, [
      ack(warehouse, sku, 'PRIMA', 1, 10),
      ack(warehouse, sku, 'SITOO', 1, 4, 'STORE02'),
    ]);
    const drifted = await row(warehouse, sku, (r) => r.status === 'DRIFTED');
    expect(drifted).toMatchObject({ drift: 6, tills: [{ target: 'SITOO:STORE02', ats: 4 }] });
    const listed = await reconciliation.api<Page>(`/parity?status=DRIFTED&depot=${warehouse}`);
    expect(listed.body.items.map((r) => r.sku)).toContain(sku);
  });

  it('turns a stale ack from PENDING to DRIFTED once its tolerance runs out', async () => {
    const sku = unique('SKU');
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(warehouse, sku, 1, 10),
    ]);
    await reconciliation.publish(Topics.inventorySyncAcksV1, [ack(warehouse, sku, 'PRIMA', 1, 10)]);
    await row(warehouse, sku, (r) => r.status === 'IN_PARITY');
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(warehouse, sku, 2, 7),
    ]);
    expect(await row(warehouse, sku, (r) => r.parity.version === 2)).toMatchObject({
      status: 'PENDING',
      drift: 0,
    });
    const drifted = await row(warehouse, sku, (r) => r.status === 'DRIFTED');
    expect(drifted).toMatchObject({ drift: 3, prima: { ats: 10, version: 1 } });
  });

  it('ignores an older availability version arriving after a newer one', async () => {
    const sku = unique('SKU');
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(warehouse, sku, 5, 20),
    ]);
    await reconciliation.publish(Topics.inventorySyncAcksV1, [ack(warehouse, sku, 'PRIMA', 5, 20)]);
    await row(warehouse, sku, (r) => r.status === 'IN_PARITY');
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(warehouse, sku, 4, 99),
      availability(warehouse, sku, 5, 98),
    ]);
    // A marker after them on the same key proves they were consumed.
    await reconciliation.publish(Topics.inventorySyncAcksV1, [
      ack(warehouse, sku, 'LIGHTSPEED', 5, 20, 'STORE09'),
    ]);
    const after = await row(warehouse, sku, (r) => r.tills.length === 1);
    expect(after).toMatchObject({ status: 'IN_PARITY', parity: { ats: 20, version: 5 } });
  });

  it("keeps the WMS's last event and its snapshot levels", async () => {
    const sku = unique('SKU');
    const snapshot = {
      header: header('PEOPLEVOX'),
      sku,
      depot: warehouse,
      kind: 'SNAPSHOT' as const,
      sourceSequence: 7,
      quantity: 0,
      quantityScale: 0,
      condition: 'SELLABLE' as const,
      orderNo: null,
      poNo: null,
      reasonCode: null,
      levels: { onHand: 30, allocated: 5, quarantined: 0 },
    };
    const older = {
      ...snapshot,
      header: header('PEOPLEVOX'),
      sourceSequence: 6,
      levels: { onHand: 1, allocated: 1, quarantined: 0 },
    };
    await reconciliation.publish(Topics.wmsStockMovementsV1, [snapshot, older]);
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(warehouse, sku, 1, 25),
    ]);
    const seen = await row(
      warehouse,
      sku,
      (r) => r.parity.version === 1 && r.wms.lastEventId !== null,
    );
    expect(seen.wms).toMatchObject({
      onHand: 30,
      allocated: 5,
      lastEventId: snapshot.header.eventId,
    });
  });

  it('sweeps snapshots against the view and raises STOCK_DRIFT on the warehouse team topic, store depots included', async () => {
    const [same, drifted, unknown] = ['A', 'B', 'C'].map((p) => `${p}-${unique('SKU')}`) as [
      string,
      string,
      string,
    ];
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [
      availability(swept, same, 1, 8),
      availability(swept, drifted, 1, 8),
      availability(store, same, 1, 3, 'PRIMA'),
    ]);
    await reconciliation.publish(Topics.inventorySyncAcksV1, [
      ack(swept, same, 'PRIMA', 1, 8),
      ack(swept, drifted, 'PRIMA', 1, 8),
    ]);
    await row(swept, drifted, (r) => r.prima !== null);
    await row(store, same, (r) => r.parity.version === 1);
    // Peoplevox agrees on one SKU, counts 4 fewer of another, and holds a third Parity and Prima lack.
    const pvxRows = [
      `${swept},${same},10,2,`,
      `${swept},${drifted},6,2,`,
      `${swept},${unknown},3,0,`,
    ];
    writeFileSync(pvxFile, ['depot,sku,onHand,allocated,ats', ...pvxRows].join('\n'));
    // Prima offers 5 in the store, where Parity published 3.
    writeFileSync(primaFile, `depot,sku,onHand,allocated,ats\n${store},${same},5,,5\n`);

    const before = await endOffsetsOf(reconciliation.kafka, exceptionTopicFor('WAREHOUSE').name);
    const report = await reconciliation.api<{ ran: boolean; sources: unknown[] }>('/sweeps', {});
    expect(report.body).toMatchObject({
      ran: true,
      sources: [
        { system: 'PEOPLEVOX', compared: 3, drifted: 2, notInPrimaAts: 1 },
        { system: 'PRIMA', compared: 1, drifted: 1, notInPrimaAts: 0 },
      ],
    });

    const warehouseRaised = await reconciliation.raisedOn(
      'WAREHOUSE',
      [drifted, unknown, same],
      4,
      before,
    );
    expect(warehouseRaised.map((e) => e.fingerprint).sort()).toEqual(
      [
        `STOCK_DRIFT:SKU:${drifted}:${swept}:PEOPLEVOX:onHand`,
        `STOCK_DRIFT:SKU:${unknown}:${swept}:NOT_IN_PRIMA_ATS`,
        `STOCK_DRIFT:SKU:${unknown}:${swept}:PEOPLEVOX:onHand`,
        `STOCK_DRIFT:SKU:${same}:${store}:PRIMA:ats`,
      ].sort(),
    );
    const driftEvidence = warehouseRaised.find((e) => e.entityId === drifted);
    expect(driftEvidence).toMatchObject({
      type: 'STOCK_DRIFT',
      team: 'WAREHOUSE',
      details: { depot: swept, peoplevoxSays: '6', paritySays: '10' },
    });
    expect(warehouseRaised.find((e) => e.entityId === same)).toMatchObject({
      fingerprint: `STOCK_DRIFT:SKU:${same}:${store}:PRIMA:ats`,
      details: { primaSays: '5', paritySays: '3' },
    });
    // The service's own ledger picked them up from the topics.
    await reconciliation.until<{ items: { fingerprint: string }[] }>(
      '/exceptions?type=STOCK_DRIFT&team=WAREHOUSE&limit=100',
      (page) => page.items.some((e) => e.fingerprint.includes(drifted)),
    );
  });
});
