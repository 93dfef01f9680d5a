import { Topics } from '@parity/contracts';
import { createLightspeedSimulator } from '@parity/simulators';
import { WorldApi, worldOfLocations, type WorldApiAnswer } from '@parity/world-api';
import { EdgeHarness, edgeUrl } from '../support/edge-harness';
import { LIGHTSPEED, lightspeedEdgeEnv } from '../edge/vendor-settings';
import { ReconciliationUnderTest } from '../reconciliation/reconciliation-under-test';

// Invariant (docs/architecture.md, "The world model"): the world is defined once, in
// reconciliation; a change made through its API reaches a running service without a restart,
// and a change that would make the world inconsistent is refused whole.

const RECONCILIATION_PORT = 3163;

const reconciliation = new ReconciliationUnderTest(RECONCILIATION_PORT);

function versionOf(answer: WorldApiAnswer): number {
  if (!answer.ok) {
    // A 500 is the service's own failure: its log says what it was.
    const log = reconciliation.logTail();
    throw new Error(`world API refused: ${answer.problems.join('; ')}\n${log}`);
  }
  return answer.body.version;
}

/** Waits until edge holds a world version made at `at` or later (its /metrics). */
async function edgeHolds(at: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await (await fetch(`${edgeUrl}/metrics`)).text();
    const held = /^parity_world_model_changed_at_seconds (\S+)$/m.exec(text)?.[1];
    if (held && Number(held) * 1000 >= Date.parse(at)) return;
    await new Promise((poll) => setTimeout(poll, 100));
  }
  throw new Error(`edge did not take the world made at ${at}`);
}

describe('the world model, changed through reconciliation', () => {
  const world = new WorldApi(`http://127.0.0.1:${RECONCILIATION_PORT}`);
  const harness = new EdgeHarness();
  let mappedShop = '';
  let newShop = '';
  let itemID = '';

  const sell = async (shopID: string) =>
    (
      (await harness.admin('lightspeed/sales', {
        shopID,
        lines: [{ itemID, quantity: 1 }],
        payments: [{ paymentTypeID: '1' }],
      })) as {
        saleID: string;
      }
    ).saleID;

  beforeAll(async () => {
    await reconciliation.start();
    await harness.start([createLightspeedSimulator(LIGHTSPEED.simulator)], async (sandboxUrl) => {
      const shop = async (name: string) =>
        (
          (await harness.admin('lightspeed/shops', { name, timeZone: 'Europe/London' })) as {
            shopID: string;
          }
        ).shopID;
      mappedShop = await shop('Covent Garden');
      newShop = await shop('Soho');
      itemID = (
        (await harness.admin('lightspeed/items', {
          description: 'Socks',
          customSku: 'SOCK-1',
          price: '7.99',
        })) as { itemID: string }
      ).itemID;
      // Seeded through the API as a first install is; edge reads it at boot.
      const seeded = await world.seed(
        worldOfLocations([
          { vendor: 'LIGHTSPEED', location: mappedShop, depot: 'STORE-CG', store: 'CG' },
        ]),
        { by: 'world-test', note: 'first install' },
      );
      versionOf(seeded);
      // Edge's world comes from the topic, not from its settings.
      return { env: lightspeedEdgeEnv(sandboxUrl, mappedShop).env };
    });
  });
  afterAll(async () => {
    await harness.stop();
    await reconciliation.stop();
  });

  it('a newly mapped Lightspeed shop: refused before the change, accepted after it, no restart', async () => {
    await sell(newShop);
    const refused = await harness.events(
      Topics.exceptionsDataV1,
      (e) => e.type === 'LOCATION_UNMAPPED' && e.entityId === `lightspeed:${newShop}`,
      1,
      60_000,
    );
    expect(refused).toHaveLength(1);

    const current = versionOf(await world.current());
    const changed = await world.change(
      {
        upsert: {
          stores: [{ code: 'SOHO' }],
          depots: [{ code: 'STORE-SOHO', owner: 'PRIMA', store: 'SOHO' }],
          vendorLocations: [
            { vendor: 'LIGHTSPEED', location: newShop, depot: 'STORE-SOHO', store: 'SOHO' },
          ],
        },
      },
      { by: 'jane@retailer.example', note: 'Soho opens', baseVersion: current },
    );
    expect(versionOf(changed)).toBe(current + 1);
    await edgeHolds(changed.ok ? changed.body.at : '');

    const after = await sell(newShop);
    const accepted = await harness.events(Topics.posSalesV1, (s) => s.saleId === after, 1, 60_000);
    expect(accepted.map(({ value }) => [value.saleId, value.store, value.depot])).toEqual([
      [after, 'SOHO', 'STORE-SOHO'],
    ]);
    // (The refused sale may come through as well while the poller's overlap window still
    // covers it: a refused payload does not take its dedupe key.)

    const audit = await world.audit(1);
    expect(audit.ok && audit.body).toMatchObject({
      items: [{ version: current + 1, by: 'jane@retailer.example', note: 'Soho opens' }],
    });
  });

  it('an inconsistent change is refused, naming the row, and changes nothing', async () => {
    const before = await world.current();
    const refused = await world.change(
      {
        upsert: {
          vendorLocations: [
            { vendor: 'LIGHTSPEED', location: '999', depot: 'STORE-CG', store: 'NOWHERE' },
          ],
          taxClasses: [{ vendor: 'LIGHTSPEED', taxClass: '1', vatCode: 'S99' }],
        },
      },
      { by: 'jane@retailer.example' },
    );
    expect(refused).toEqual({
      ok: false,
      status: 422,
      problems: [
        'vendorLocations[LIGHTSPEED:999]: unknown store NOWHERE',
        'taxClasses[LIGHTSPEED:1]: unknown VAT code S99',
      ],
    });
    expect(await world.current()).toEqual(before);
  });
});
