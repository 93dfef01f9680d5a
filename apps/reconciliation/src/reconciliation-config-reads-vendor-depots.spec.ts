import { ConfigError, loadConfig } from '@parity/config';
import { reconciliationEnvSchema } from './reconciliation.config';

const platformEnv = {
  PORT: '3006',
  KAFKA_BROKERS: '127.0.0.1:9092',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8081/apis/ccompat/v7',
  DATABASE_URL: 'postgres://parity_app:secret@127.0.0.1:5432/parity',
  OTEL_SERVICE_NAME: 'parity-reconciliation',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
};

const peoplevox = {
  PEOPLEVOX_API_URL: 'https://eu.peoplevox.net/ACME',
  PEOPLEVOX_CLIENT_ID: 'ACME',
  PEOPLEVOX_USERNAME: 'parity',
  PEOPLEVOX_PASSWORD: 'secret',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(reconciliationEnvSchema, { ...platformEnv, ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('reconciliation configuration', () => {
  it("reads each vendor's depots and where they are at the vendor, with its connection", () => {
    const config = loadConfig(reconciliationEnvSchema, {
      ...platformEnv,
      ...peoplevox,
      SWEEP_VENDOR_DEPOTS: '{"peoplevox":{"WH1":"PrimarySite"}}',
    });
    expect(config.sweep.vendorDepots).toEqual({ peoplevox: { WH1: 'PrimarySite' } });
    expect(config.vendors.peoplevox).toMatchObject({ baseUrl: 'https://eu.peoplevox.net/ACME' });
    expect(config.vendors.clarus).toBeUndefined();
  });

  it('sweeps no vendor unless told to', () => {
    const config = loadConfig(reconciliationEnvSchema, platformEnv);
    expect(config.sweep.vendorDepots).toEqual({});
  });

  it('names two depots at one location, a bad Sitoo warehouse id, Lightspeed, and vendors without a connection', () => {
    expect(
      problemsOf({
        SWEEP_VENDOR_DEPOTS:
          '{"clarus":{"WH2":"MAIN","WH3":"MAIN"},"sitoo":{"STORE01":0},"lightspeed":{"STORE02":"1"}}',
      }).map((p) => p.split(':')[0]),
    ).toEqual([
      'SWEEP_VENDOR_DEPOTS.clarus.WH3',
      'SWEEP_VENDOR_DEPOTS.sitoo.STORE01',
      'SWEEP_VENDOR_DEPOTS',
      'SWEEP_VENDOR_DEPOTS.clarus',
      'SWEEP_VENDOR_DEPOTS.sitoo',
    ]);
    expect(problemsOf({ SWEEP_VENDOR_DEPOTS: '{"prima":["STORE01"]}' })).toEqual([
      'SWEEP_VENDOR_DEPOTS.prima: needs the prima connection: PRIMA_API_URL, PRIMA_CLIENT_ID, PRIMA_CLIENT_SECRET, PRIMA_COMPANY_ID',
    ]);
  });
});
