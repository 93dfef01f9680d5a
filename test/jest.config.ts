// Integration tests: real Kafka, schema registry, PostgreSQL and Jaeger, started by
// `npm run stack -- up`; connection settings come from the environment (.stack/stack.env).
export default {
  displayName: 'integration',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.int-spec.ts'],
  testTimeout: 120_000,
};
