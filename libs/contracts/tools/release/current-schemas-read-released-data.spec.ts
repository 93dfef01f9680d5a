import { Type } from 'avsc';
import { loadEventSchemas } from '../avro/schema-sources';
import { avroDir, releasedDir } from '../paths';
import { readReleased } from './released-schemas';

/*
 * A fast local version of the registry's BACKWARD check (schema-evolution.int-spec.ts has the
 * real one): a consumer on the current schema must read what producers wrote with the released
 * one. avsc's resolver follows the Avro specification's schema resolution rules.
 */
describe('released schemas (libs/contracts/avro/released)', () => {
  const current = new Map(
    loadEventSchemas(avroDir).map((event) => [event.fullName, event.bundled]),
  );
  const released = readReleased(releasedDir);

  it('are all still current schemas: removing an event type breaks its consumers', () => {
    expect([...released.keys()].filter((name) => !current.has(name))).toEqual([]);
  });

  it.each([...released.keys()])(
    '%s: the current schema reads data written with the released one',
    (name) => {
      const writer = Type.forSchema(released.get(name) as never);
      const reader = Type.forSchema(current.get(name) as never);
      expect(() => reader.createResolver(writer)).not.toThrow();
    },
  );
});
