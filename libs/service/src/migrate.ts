import { loadConfig, postgresUrl } from '@parity/config';
import { kafkaRuntimeTables } from '@parity/kafka';
import { createLogger } from '@parity/telemetry';
import { DataSource, type MigrationInterface } from 'typeorm';
import { z } from 'zod';

export type MigrationClass = new () => MigrationInterface;

const migrateEnvSchema = z.object({ DATABASE_OWNER_URL: postgresUrl });

const log = createLogger('migrate');

/**
 * Brings the service's schema up to date as the owner role (`node main.js migrate`, run by
 * a Kubernetes init container or `npm start`), so the service itself never needs more
 * than the least-privilege app role. The runtime's inbox and outbox come first; the
 * service's own migrations follow. Each service keeps its migration history in its schema.
 */
export async function migrate(
  schema: string,
  migrations: readonly MigrationClass[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const { DATABASE_OWNER_URL } = loadConfig(migrateEnvSchema, env);
  const owner = new DataSource({
    type: 'postgres',
    url: DATABASE_OWNER_URL,
    schema,
    migrations: [kafkaRuntimeTables(schema), ...migrations],
    migrationsTableName: 'migrations',
  });
  await owner.initialize();
  try {
    // TypeORM creates its history table before the first migration runs, so the schema must exist.
    await owner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await owner.runMigrations({ transaction: 'each' });
    log.info('migrate.done', { schema, applied: applied.map((m) => m.name) });
  } finally {
    await owner.destroy();
  }
}
