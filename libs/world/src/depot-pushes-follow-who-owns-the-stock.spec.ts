import {
  sampleStore as store,
  sampleWarehouse as warehouse,
  sampleWith,
} from './sample-world.fixture';
import { worldProblems } from './validate-world';

describe("a depot's pushes", () => {
  it('give a Prima-owned depot no push to Prima', () => {
    const world = sampleWith('depots', [
      warehouse,
      { ...store, push: { ...store.push, prima: true } },
    ]);
    expect(worldProblems(world)).toEqual([
      'depots[STORE01]: a Prima-owned depot takes no push from Parity: Prima holds its figures',
    ]);
  });

  it('give tills only to a Prima-owned depot, which names its store', () => {
    const tills = { prima: true, sitooWarehouseId: 8, lightspeedShopId: null };
    const world = sampleWith('depots', [{ ...warehouse, push: tills }, store]);
    expect(worldProblems(world)).toEqual([
      "depots[LON1]: tills are pushed from Prima's available-to-sell: only a PRIMA-owned depot has them",
      'depots[LON1]: a depot with tills names its store',
    ]);
  });
});
