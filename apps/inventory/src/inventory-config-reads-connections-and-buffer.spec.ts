import { ConfigError, loadConfig } from '@parity/config';
import { inventoryEnvSchema } from './inventory.config';

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

describe("inventory configuration (its depots are the world model's)", () => {
  it('reads the safety buffer, a WMS connection, and leaves the baseline to the world unless set', () => {
    const config = loadConfig(inventoryEnvSchema, {
      ...platformEnv,
      PEOPLEVOX_API_URL: 'https://eu.peoplevox.net/ACME',
      PEOPLEVOX_CLIENT_ID: 'ACME',
      PEOPLEVOX_USERNAME: 'parity',
      PEOPLEVOX_PASSWORD: 'secret',
      INVENTORY_SAFETY_BUFFER: '2',
    });
    expect(config.inventory.safetyBufferUnits).toBe(2);
    expect(config.inventory.baselineFromOwner).toBeUndefined();
    expect(config.inventory.vendors.peoplevox).toEqual({
      baseUrl: 'https://eu.peoplevox.net/ACME',
      clientId: 'ACME',
      username: 'parity',
      password: 'secret',
    });
    expect(config.http.port).toBe(3002);
    const off = loadConfig(inventoryEnvSchema, {
      ...platformEnv,
      INVENTORY_BASELINE_FROM_OWNER: 'false',
    });
    expect(off.inventory.baselineFromOwner).toBe(false);
  });

  it('names a negative buffer and the missing keys of a partly configured Clarus connection', () => {
    expect(
      problemsOf({
        INVENTORY_SAFETY_BUFFER: '-1',
        CLARUS_API_URL: 'https://clarus-api.com',
        CLARUS_SUBDOMAIN: 'acme',
      }).map((p) => p.split(':')[0]),
    ).toEqual([
      'INVENTORY_SAFETY_BUFFER',
      'CLARUS_CLIENT_ID',
      'CLARUS_CLIENT_SECRET',
      'CLARUS_API_USER',
      'CLARUS_API_PASSWORD',
    ]);
  });

  it('keeps the catalogue in every connected target unless told which, and names an unknown one', () => {
    const read = (targets?: string) =>
      loadConfig(inventoryEnvSchema, {
        ...platformEnv,
        ...(targets === undefined ? {} : { INVENTORY_CATALOGUE_TARGETS: targets }),
      }).inventory.catalogue.targets;
    expect(read()).toBeUndefined();
    expect(read('')).toEqual([]);
    expect(read('sitoo, PEOPLEVOX')).toEqual(['SITOO', 'PEOPLEVOX']);
    expect(problemsOf({ INVENTORY_CATALOGUE_TARGETS: 'SITOO,SHOPIFY' })).toEqual([
      expect.stringMatching(/^INVENTORY_CATALOGUE_TARGETS/),
    ]);
  });
});
