import type { SitooClient, SitooWarehouseItem } from '@parity/connectors';
import { depotsOf } from '../depots/inventory-depots.fixture';
import type { ClaimedPush } from './push-target';
import { SitooPusher } from './sitoo-pusher';

const world = depotsOf([
  { code: 'STORE01', owner: 'PRIMA', store: 'STH', push: { sitooWarehouseId: 7 } },
  { code: 'STORE02', owner: 'PRIMA', store: 'MAN' },
]);
const depots = () => world;
const push = (depot: string, sku: string, ats: number) =>
  ({ target: 'SITOO', payload: { depot, sku, ats }, revision: 1 }) as ClaimedPush;
const running = new AbortController().signal;

function fakeSitoo(available: Record<string, string>) {
  const reads: string[][] = [];
  const writes: string[] = [];
  const sitoo = {
    async *warehouseItems(_: number, skus: readonly string[]) {
      reads.push([...skus]);
      for (const sku of skus) {
        const decimalavailable = available[sku];
        if (decimalavailable) yield { sku, decimalavailable } as SitooWarehouseItem;
      }
    },
    setAvailable: async (_: number, sku: string, quantity: number) => {
      writes.push(`${sku}=${quantity}`);
      return { warehousetransactionid: 1, created: true };
    },
  } as unknown as SitooClient;
  return { sitoo, reads, writes };
}

describe('pushes to a Sitoo till', () => {
  it('read the warehouse once and write only the figures it does not show, acknowledging the rest', async () => {
    const { sitoo, reads, writes } = fakeSitoo({ A: '4.000', B: '2.000', C: '1.500' });
    const answers = await new SitooPusher(sitoo, depots).push(
      [
        push('STORE01', 'A', 4),
        push('STORE01', 'B', 3),
        push('STORE01', 'C', 1),
        push('STORE01', 'D', 5),
      ],
      running,
    );
    expect(reads).toEqual([['A', 'B', 'C', 'D']]);
    // A stands at 4; B moves, C holds a fraction, D is not there yet.
    expect(writes).toEqual(['B=3', 'C=1', 'D=5']);
    expect(answers.map((a) => [a.document.payload.sku, a.kind])).toEqual([
      ['A', 'CONFIRMED'],
      ['B', 'CONFIRMED'],
      ['C', 'CONFIRMED'],
      ['D', 'CONFIRMED'],
    ]);
  });

  it('refuse a depot with no Sitoo warehouse, without holding up the others', async () => {
    const { sitoo } = fakeSitoo({ A: '0.000' });
    const answers = await new SitooPusher(sitoo, depots).push(
      [push('STORE02', 'A', 1), push('STORE01', 'A', 0)],
      running,
    );
    expect(answers.map((a) => [a.document.payload.depot, a.kind])).toEqual([
      ['STORE02', 'REFUSED'],
      ['STORE01', 'CONFIRMED'],
    ]);
  });

  it('retry every push of a warehouse whose items could not be read', async () => {
    const sitoo = {
      // eslint-disable-next-line require-yield -- fails before its first item, as a 503 does
      async *warehouseItems() {
        throw new Error('socket hang up');
      },
    } as unknown as SitooClient;
    const answers = await new SitooPusher(sitoo, depots).push([push('STORE01', 'A', 1)], running);
    expect(answers.map((a) => a.kind)).toEqual(['RETRY']);
  });
});
