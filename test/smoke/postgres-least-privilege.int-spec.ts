import { DataSource, EntitySchema, type MigrationInterface, type QueryRunner } from 'typeorm';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';

interface GoodsReceipt {
  id: number;
  poNo: string;
  quantity: number;
  receivedAt: Date;
}

/** A schema of its own per run, created by the owner role as a migration would be. */
function createReceiptsMigration(schema: string): new () => MigrationInterface {
  return class CreateSmokeReceipts1732300000000 implements MigrationInterface {
    name = 'CreateSmokeReceipts1732300000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`CREATE SCHEMA "${schema}"`);
      await runner.query(`GRANT USAGE ON SCHEMA "${schema}" TO parity_app`);
      await runner.query(
        `CREATE TABLE "${schema}".goods_receipts (
           id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
           po_no text NOT NULL,
           quantity integer NOT NULL CHECK (quantity > 0),
           received_at timestamptz NOT NULL
         )`,
      );
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP SCHEMA "${schema}" CASCADE`);
    }
  };
}

describe('PostgreSQL through TypeORM', () => {
  const schema = unique('smoke').replace('-', '_');
  const receipts = new EntitySchema<GoodsReceipt>({
    name: 'GoodsReceipt',
    schema,
    tableName: 'goods_receipts',
    columns: {
      id: {
        type: 'bigint',
        primary: true,
        generated: 'increment',
        transformer: { to: (v) => v, from: Number },
      },
      poNo: { type: 'text', name: 'po_no' },
      quantity: { type: 'integer' },
      receivedAt: { type: 'timestamptz', name: 'received_at' },
    },
  });
  const owner = new DataSource({
    type: 'postgres',
    url: stackEnv('DATABASE_OWNER_URL'),
    migrations: [createReceiptsMigration(schema)],
    migrationsTableName: `${schema}_migrations`,
  });
  const app = new DataSource({
    type: 'postgres',
    url: stackEnv('DATABASE_URL'),
    entities: [receipts],
  });

  beforeAll(async () => {
    await owner.initialize();
    await app.initialize();
  });

  afterAll(async () => {
    await app.destroy();
    await owner.undoLastMigration().catch(() => undefined);
    await owner.query(`DROP TABLE IF EXISTS "${schema}_migrations"`);
    await owner.destroy();
  });

  it('runs a migration as the owner role and a round trip as the least-privilege app role', async () => {
    const applied = await owner.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(['CreateSmokeReceipts1732300000000']);

    const repository = app.getRepository(receipts);
    const receivedAt = new Date('2026-11-22T09:30:00.000Z');
    const saved = await repository.save({ poNo: 'PO-1001', quantity: 24, receivedAt });
    const loaded = await repository.findOneByOrFail({ id: saved.id });
    expect(loaded).toEqual({ id: saved.id, poNo: 'PO-1001', quantity: 24, receivedAt });

    await repository.update({ id: saved.id }, { quantity: 23 });
    expect((await repository.findOneByOrFail({ id: saved.id })).quantity).toBe(23);
    await repository.delete({ id: saved.id });
    expect(await repository.count()).toBe(0);
  });

  it('does not let the app role change the schema', async () => {
    await expect(app.query(`CREATE TABLE "${schema}".intruder (id int)`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query(`CREATE TABLE public.intruder (id int)`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query(`DROP TABLE "${schema}".goods_receipts`)).rejects.toThrow(
      /must be owner/,
    );
  });
});
