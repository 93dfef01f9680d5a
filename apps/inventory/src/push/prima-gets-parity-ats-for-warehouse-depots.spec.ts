import { ConfigError, loadConfig } from '@parity/config';
import type { Availability } from '@parity/contracts';
import { inventoryEnvSchema } from '../inventory.config';
import { primaPushesOf } from './availability-pushes';
import { primaRowOf } from './prima-pusher';
import type { ClaimedPush } from './push-target';

const availability = (depot: string, sku: string, figures: Partial<Availability>) =>
  ({
    header: { occurredAt: 1_000 },
    depot,
    sku,
    onHand: 10,
    ats: 5,
    quantityScale: 0,
    version: 3,
    ...figures,
  }) as Availability;

describe('pushes to Prima', () => {
  it('queues only warehouse depots that push to Prima, with the lane movements behind each', () => {
    const depots = {
      WH1: { owner: 'PEOPLEVOX', contiguousSequence: false, push: { prima: true } },
      WH2: { owner: 'CLARUS', contiguousSequence: false },
    } as const;
    const pushes = primaPushesOf(
      [availability('WH1', 'A', {}), availability('WH2', 'A', {})],
      [
        { sku: 'A', depot: 'WH1' },
        { sku: 'A', depot: 'WH1' },
        { sku: 'A', depot: 'WH2' },
      ],
      depots,
    );
    expect(pushes).toEqual([
      {
        target: 'PRIMA',
        depot: 'WH1',
        sku: 'A',
        version: 3,
        ats: 5,
        onHand: 10,
        quantityScale: 0,
        changedAt: 1_000,
        movements: 2,
      },
    ]);
  });

  it("sends what the warehouse holds back as allocated, leaving Prima's own orders to Prima, so Prima's ATS is Parity's", () => {
    // 10 on hand, 4 available: 2 are Prima's own orders (pending), 4 the warehouse holds back.
    const push = {
      payload: { depot: 'WH1', sku: 'A', onHand: 10, ats: 4, pending: 2 },
      version: 7,
    } as ClaimedPush;
    const row = primaRowOf(push);
    expect(row).toEqual({
      depotCode: 'WH1',
      itemCode: 'A',
      quantityOnHand: 10,
      quantityAllocated: 4,
      sourceVersion: 7,
    });
    const primasOwnAllocations = 2;
    expect(row.quantityOnHand - row.quantityAllocated - primasOwnAllocations).toBe(
      push.payload.ats,
    );
  });

  it('refuses a configuration that pushes a depot nowhere it can go, or without the vendor', () => {
    const platform = {
      PORT: '3002',
      KAFKA_BROKERS: '127.0.0.1:9092',
      SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8081/apis/ccompat/v7',
      DATABASE_URL: 'postgres://parity_app:secret@127.0.0.1:5432/parity',
      OTEL_SERVICE_NAME: 'parity-inventory',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
    };
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(inventoryEnvSchema, { ...platform, ...env });
        return [];
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.join('\n');
        throw error;
      }
    };
    expect(
      problems({ INVENTORY_DEPOTS: '{"STORE01":{"owner":"PRIMA","push":{"prima":true}}}' }),
    ).toMatch(/Prima-owned depot takes no push/);
    expect(
      problems({
        INVENTORY_DEPOTS:
          '{"WH1":{"owner":"CLARUS","store":"X","push":{"sitoo":{"warehouseId":1}}}}',
      }),
    ).toMatch(/only a PRIMA-owned depot has them/);
    expect(
      problems({ INVENTORY_DEPOTS: '{"WH1":{"owner":"CLARUS","push":{"prima":true}}}' }),
    ).toMatch(/PRIMA_API_URL/);
    expect(problems({ PRIMA_API_URL: 'http://127.0.0.1:1/prima' })).toMatch(/PRIMA_CLIENT_ID/);
  });
});
