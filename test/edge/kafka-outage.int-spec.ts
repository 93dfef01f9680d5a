import { Topics } from '@parity/contracts';
import { createClarusSimulator } from '@parity/simulators';
import { silentReporter, stackStop, stackUp } from '@parity/stack';
import { EdgeHarness, edgeUrl } from '../support/edge-harness';
import { unique } from '../support/unique';
import { CLARUS, CLARUS_TRIGGERS_FOR_TESTS, clarusEdgeEnv } from './vendor-settings';

const OUTAGE_MS = 30_000;
const BURST = 300;

describe('edge while Kafka is down', () => {
  const harness = new EdgeHarness();
  const sku = unique('OUTAGE');

  beforeAll(async () => {
    await harness.start(
      [
        createClarusSimulator({
          ...CLARUS.simulator,
          webhookUrl: `${edgeUrl}/hooks/clarus/${CLARUS.webhookSecret}`,
          automationIds: CLARUS_TRIGGERS_FOR_TESTS,
        }),
      ],
      () => clarusEdgeEnv(),
    );
    await harness.admin('clarus/products', { sku, name: 'Tote', external_system_reference1: sku });
    await harness.admin(
      'clarus/stock',
      { product: sku, warehouse: 'MAIN', on_hand: 10_000 },
      'PUT',
    );
  });
  afterAll(() => harness.stop());

  it('accepts a webhook burst during a 30 s broker outage and publishes every accepted webhook exactly once when Kafka returns', async () => {
    const stoppedAt = Date.now();
    await stackStop('kafka', { reporter: silentReporter });
    try {
      for (let i = 0; i < BURST; i++) {
        await harness.admin('clarus/stock/adjustments', {
          product: sku,
          warehouse: 'MAIN',
          quantity: -1,
          reason: `burst ${i}`,
        });
      }
      await harness.admin('webhooks/idle', {});
      const deliveries = (await harness.admin('webhooks/deliveries?vendor=clarus')) as {
        status: number | null;
      }[];
      // Every delivery of the burst was answered 200 while the broker was away.
      const burst = deliveries.slice(-BURST);
      expect(burst.filter((d) => d.status === 200)).toHaveLength(BURST);
      const archived = await harness.archivedContaining('clarus', sku);
      expect(archived.filter((a) => a.outcome === 'ACCEPTED')).toHaveLength(BURST);
    } finally {
      const remaining = OUTAGE_MS - (Date.now() - stoppedAt);
      if (remaining > 0) await new Promise((wait) => setTimeout(wait, remaining));
      await stackUp({ reporter: silentReporter });
    }
    const published = await harness.events(
      Topics.wmsStockMovementsV1,
      (m) => m.sku === sku,
      BURST,
      120_000,
    );
    // Read a little longer: a duplicate published after the burst would show up here.
    const settled = await harness.events(
      Topics.wmsStockMovementsV1,
      (m) => m.sku === sku,
      BURST + 1,
      5_000,
    );
    expect(published).toHaveLength(BURST);
    expect(settled).toHaveLength(BURST);
    expect(new Set(settled.map((m) => m.value.header.eventId)).size).toBe(BURST);
    expect(new Set(settled.map((m) => m.value.sourceSequence)).size).toBe(BURST);
  });
});
