import { ConfigError, loadConfig, platformEnvSchema } from './index';

const validEnv = {
  PORT: '3001',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8081/apis/ccompat/v7',
  DATABASE_URL: 'postgres://parity_app:secret@127.0.0.1:5432/parity',
  OTEL_SERVICE_NAME: 'parity-edge',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
};

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(platformEnvSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('platform configuration', () => {
  it('parses a valid environment into a frozen typed object with defaults', () => {
    const config = loadConfig(platformEnvSchema, validEnv);
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
    expect(config.http.port).toBe(3001);
    expect(config.logLevel).toBe('info');
    expect(config.shutdownTimeoutMs).toBe(10_000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every missing setting at once', () => {
    const problems = problemsOf({ ...validEnv, KAFKA_BROKERS: undefined, DATABASE_URL: undefined });
    expect(problems).toEqual([
      'KAFKA_BROKERS is required but not set',
      'DATABASE_URL is required but not set',
    ]);
  });

  it('names a malformed setting without echoing its value', () => {
    const problems = problemsOf({ ...validEnv, DATABASE_URL: 'mysql://root:hunter2@db/parity' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL: expected a postgres/);
    expect(problems.join()).not.toContain('hunter2');
  });

  it('rejects a port out of range and a broker without a port', () => {
    const problems = problemsOf({ ...validEnv, PORT: '70000', KAFKA_BROKERS: 'localhost' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'KAFKA_BROKERS.0']);
  });
});
