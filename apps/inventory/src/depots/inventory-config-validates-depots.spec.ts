import { ConfigError, loadConfig } from '@parity/config';
import { inventoryEnvSchema } from '../inventory.config';

const platformEnv = {
  PORT: '3002',
  KAFKA_BROKERS: '127.0.0.1:9092',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8081/apis/ccompat/v7',
  DATABASE_URL: 'postgres://parity_app:secret@127.0.0.1:5432/parity',
  OTEL_SERVICE_NAME: 'parity-inventory',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(inventoryEnvSchema, { ...platformEnv, ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('inventory configuration', () => {
  it('reads the ownership map and the default safety buffer', () => {
    const config = loadConfig(inventoryEnvSchema, {
      ...platformEnv,
      INVENTORY_DEPOTS:
        '{"WH1":{"owner":"PEOPLEVOX"},"WH2":{"owner":"CLARUS","contiguousSequence":true},"STORE01":{"owner":"PRIMA"}}',
      INVENTORY_SAFETY_BUFFER: '2',
    });
    expect(config.inventory.depots).toEqual({
      WH1: { owner: 'PEOPLEVOX', contiguousSequence: false },
      WH2: { owner: 'CLARUS', contiguousSequence: true },
      STORE01: { owner: 'PRIMA', contiguousSequence: false },
    });
    expect(config.inventory.safetyBufferUnits).toBe(2);
    expect(config.http.port).toBe(3002);
  });

  it('names a depot with an unknown owner, a depot code with a colon, and a negative buffer', () => {
    expect(
      problemsOf({
        INVENTORY_DEPOTS: '{"WH1":{"owner":"SITOO"},"A:B":{"owner":"PRIMA"}}',
        INVENTORY_SAFETY_BUFFER: '-1',
      }).map((p) => p.split(':')[0]),
    ).toEqual(['INVENTORY_DEPOTS.WH1.owner', 'INVENTORY_DEPOTS.A', 'INVENTORY_SAFETY_BUFFER']);
  });

  it("asks each connected WMS's depots for their location there, and no Prima depot for one", () => {
    const peoplevox = {
      PEOPLEVOX_API_URL: 'https://eu.peoplevox.net/ACME',
      PEOPLEVOX_CLIENT_ID: 'ACME',
      PEOPLEVOX_USERNAME: 'parity',
      PEOPLEVOX_PASSWORD: 'secret',
    };
    expect(
      problemsOf({
        ...peoplevox,
        INVENTORY_DEPOTS:
          '{"WH1":{"owner":"PEOPLEVOX"},"WH2":{"owner":"CLARUS"},"STORE01":{"owner":"PRIMA","location":"X"}}',
      }),
    ).toEqual([
      "INVENTORY_DEPOTS.STORE01.location: a Prima-owned depot is read from Prima's depot of the same code",
      "INVENTORY_DEPOTS.WH1.location: required to read the depot's stock from PEOPLEVOX",
    ]);
    const config = loadConfig(inventoryEnvSchema, {
      ...platformEnv,
      ...peoplevox,
      INVENTORY_DEPOTS: '{"WH1":{"owner":"PEOPLEVOX","location":"PrimarySite"}}',
    });
    expect(config.inventory.depots['WH1']?.location).toBe('PrimarySite');
    expect(config.inventory.vendors.peoplevox).toEqual({
      baseUrl: 'https://eu.peoplevox.net/ACME',
      clientId: 'ACME',
      username: 'parity',
      password: 'secret',
    });
  });

  it('refuses two depots at one location of the same WMS', () => {
    expect(
      problemsOf({
        INVENTORY_DEPOTS:
          '{"WH1":{"owner":"CLARUS","location":"MAIN"},"WH2":{"owner":"CLARUS","location":"MAIN"},"WH3":{"owner":"PEOPLEVOX","location":"MAIN"}}',
      }),
    ).toEqual(['INVENTORY_DEPOTS.WH2.location: the same location as depot WH1']);
  });

  it('names the missing keys of a partly configured Clarus connection', () => {
    expect(
      problemsOf({ CLARUS_API_URL: 'https://clarus-api.com', CLARUS_SUBDOMAIN: 'acme' }).map(
        (p) => p.split(':')[0],
      ),
    ).toEqual([
      'CLARUS_CLIENT_ID',
      'CLARUS_CLIENT_SECRET',
      'CLARUS_API_USER',
      'CLARUS_API_PASSWORD',
    ]);
  });

  it('rejects a depot map that is not JSON', () => {
    expect(problemsOf({ INVENTORY_DEPOTS: '{WH1' })).toEqual(['INVENTORY_DEPOTS: expected JSON']);
  });
});
