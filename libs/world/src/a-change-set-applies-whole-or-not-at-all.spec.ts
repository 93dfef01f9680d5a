import { applyChangeSet, changeSetSchema } from './change-set';
import { sampleWorld } from './sample-world.fixture';

describe('a change set', () => {
  it('replaces rows by key, adds new ones and deletes by key', () => {
    const change = changeSetSchema.parse({
      upsert: {
        stores: [{ code: 'CG', name: 'Covent Garden (new front)' }, { code: 'SOHO' }],
      },
      delete: { variants: ['LIGHTSPEED:210000000123'] },
    });
    const outcome = applyChangeSet(sampleWorld, change);
    expect(outcome.ok && outcome.tables.stores).toEqual([
      { code: 'CG', name: 'Covent Garden (new front)' },
      { code: 'SOHO', name: null },
    ]);
    expect(outcome.ok && outcome.tables.variants).toEqual([]);
    expect(outcome.ok && outcome.tables.depots).toEqual(sampleWorld.depots);
  });

  it('is refused whole when it deletes a row that is not there, naming it', () => {
    const change = changeSetSchema.parse({
      upsert: { stores: [{ code: 'SOHO' }] },
      delete: { depots: ['WH9'] },
    });
    expect(applyChangeSet(sampleWorld, change)).toEqual({
      ok: false,
      problems: ['depots[WH9]: no such row to delete'],
    });
  });

  it('must change something', () => {
    expect(changeSetSchema.safeParse({}).success).toBe(false);
  });
});
