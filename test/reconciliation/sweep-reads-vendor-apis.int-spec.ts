import {
  exceptionTopicFor,
  Topics,
  type Availability,
  type StockMovement,
} from '@parity/contracts';
import { createPeoplevoxSimulator, createSandbox, type RunningSandbox } from '@parity/simulators';
import { worldOfLocations } from '@parity/world-api';
import { endOffsetsOf } from '../support/read-topic';
import { unique } from '../support/unique';
import { header, ReconciliationUnderTest } from './reconciliation-under-test';

// The sweep's depot and site are this run's own, so the view and the WMS hold only its rows.
const depot = unique('WH');
const site = unique('Site');
const sku = unique('TEE');
const PEOPLEVOX = { clientId: 'ACME', username: 'parity', password: 'peoplevox-password' };

interface SweepReport {
  ran: boolean;
  sweepId: string;
  elapsedMs: number;
  sources: { system: string; compared: number; drifted: number; notInPrimaAts: number }[];
}

/** What edge publishes from Peoplevox's AvailabilityChanges callback: the site's figures. */
function peoplevoxSnapshot(onHand: number, sourceSequence: number): StockMovement {
  return {
    header: header('PEOPLEVOX'),
    sku,
    depot,
    kind: 'SNAPSHOT',
    sourceSequence,
    quantity: 0,
    quantityScale: 0,
    condition: 'SELLABLE',
    orderNo: null,
    poNo: null,
    reasonCode: null,
    levels: { onHand, allocated: 0, quarantined: 0 },
  };
}

/** What inventory publishes after applying it. */
function availability(onHand: number, version: number): Availability {
  return {
    header: header('PARITY'),
    sku,
    depot,
    stockOwner: 'PEOPLEVOX',
    onHand,
    allocated: 0,
    quarantined: 0,
    pending: 0,
    ats: onHand,
    quantityScale: 0,
    version,
  };
}

describe("the sweep of a WMS's API", () => {
  let sandbox: RunningSandbox;
  let reconciliation: ReconciliationUnderTest;
  const peoplevoxAdmin = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${sandbox.url}/admin/peoplevox${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  };
  const sweep = async () => (await reconciliation.api<SweepReport>('/sweeps', {})).body;

  beforeAll(async () => {
    sandbox = await createSandbox({
      simulators: [createPeoplevoxSimulator({ ...PEOPLEVOX, sites: [site] })],
    }).listen();
    reconciliation = new ReconciliationUnderTest(3162, {
      PEOPLEVOX_API_URL: `${sandbox.url}/peoplevox`,
      PEOPLEVOX_CLIENT_ID: PEOPLEVOX.clientId,
      PEOPLEVOX_USERNAME: PEOPLEVOX.username,
      PEOPLEVOX_PASSWORD: PEOPLEVOX.password,
    });
    // The swept depots are the world model's: this run's depot at its Peoplevox site.
    await reconciliation.start(worldOfLocations([{ vendor: 'PEOPLEVOX', location: site, depot }]));
  }, 120_000);
  afterAll(async () => {
    await reconciliation?.stop();
    await sandbox?.close();
  });

  it('raises STOCK_DRIFT for a stock change whose event was dropped', async () => {
    // Peoplevox holds 10 and said so: edge's snapshot, inventory's availability, Prima's ack.
    await peoplevoxAdmin('POST', '/items', [{ itemCode: sku, name: 'Tee' }]);
    await peoplevoxAdmin('PUT', '/stock', { itemCode: sku, site, onHand: 10 });
    const told = peoplevoxSnapshot(10, 1);
    await reconciliation.publish(Topics.wmsStockMovementsV1, [told]);
    await reconciliation.publish(Topics.inventoryAvailabilityV1, [availability(10, 1)]);
    await reconciliation.publish(Topics.inventorySyncAcksV1, [
      {
        header: header('PRIMA'),
        sku,
        depot,
        target: 'PRIMA',
        store: null,
        availabilityVersion: 1,
        ats: 10,
        quantityScale: 0,
        changedAt: Date.now(),
        status: 'ACKNOWLEDGED',
        failureReason: null,
      },
    ]);
    await reconciliation.until<{ items: { status: string; wms: { lastEventId: string } }[] }>(
      `/parity?depot=${depot}&sku=${sku}`,
      (page) => page.items[0]?.status === 'IN_PARITY' && page.items[0].wms.lastEventId !== null,
    );
    expect(await sweep()).toEqual({
      ran: true,
      sweepId: expect.any(String),
      elapsedMs: expect.any(Number),
      sources: [{ system: 'PEOPLEVOX', compared: 1, drifted: 0, notInPrimaAts: 0 }],
    });

    // Three units go at the warehouse (a count, say) and its AvailabilityChanges event never
    // reaches Parity: nothing subscribes to the simulator, so nothing is sent.
    await peoplevoxAdmin('PUT', '/stock', { itemCode: sku, site, onHand: 7 });

    const from = await endOffsetsOf(reconciliation.kafka, exceptionTopicFor('WAREHOUSE').name);
    expect((await sweep()).sources).toEqual([
      { system: 'PEOPLEVOX', compared: 1, drifted: 1, notInPrimaAts: 0 },
    ]);
    const [raised] = await reconciliation.raisedOn('WAREHOUSE', [sku], 1, from);
    expect(raised).toMatchObject({
      type: 'STOCK_DRIFT',
      team: 'WAREHOUSE',
      fingerprint: `STOCK_DRIFT:SKU:${sku}:${depot}:PEOPLEVOX:onHand`,
      details: {
        depot,
        peoplevoxSays: '7',
        paritySays: '10',
        lastWmsEventId: told.header.eventId,
      },
    });
    // …and the exception ledger holds it for the warehouse team.
    await reconciliation.until<{ items: { fingerprint: string }[] }>(
      '/exceptions?type=STOCK_DRIFT&team=WAREHOUSE&limit=100',
      (page) => page.items.some((e) => e.fingerprint === raised?.fingerprint),
    );
  });
});
