import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SourceSystem } from '@parity/contracts';
import { jsonSetting } from '@parity/config';
import { z } from 'zod';
import type { SnapshotRow, StockSnapshotSource } from './stock-snapshot-source';

const systems = [
  'PRIMA',
  'PEOPLEVOX',
  'CLARUS',
  'SITOO',
  'LIGHTSPEED',
] as const satisfies SourceSystem[];

/**
 * `SWEEP_SNAPSHOT_FILES`: stock reports exported from a system, swept like an API source: for
 * a system with no API source (Lightspeed), or a one-off check of a report someone sent.
 * JSON: `[{"system":"PEOPLEVOX","depots":["WH1"],"path":"/data/pvx-stock.csv"}]`.
 */
export const snapshotFilesSchema = jsonSetting(
  z.array(
    z.object({
      system: z.enum(systems),
      depots: z.array(z.string().min(1)).min(1),
      path: z.string().min(1),
    }),
  ),
  '[]',
);

export type SnapshotFile = z.output<typeof snapshotFilesSchema>[number];

/**
 * A snapshot from a CSV file with a header line and `depot,sku,onHand,allocated,ats` rows
 * (allocated and ats may be empty), sorted by depot then SKU. Read line by line, so a file
 * of millions of rows costs no memory.
 */
export class FileSnapshotSource implements StockSnapshotSource {
  readonly system: SourceSystem;
  readonly depots: readonly string[];

  constructor(private readonly file: SnapshotFile) {
    this.system = file.system;
    this.depots = file.depots;
  }

  async *rows(): AsyncGenerator<SnapshotRow> {
    const lines = createInterface({ input: createReadStream(this.file.path), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      if (lineNo++ === 0 || line.trim() === '') continue;
      yield parseRow(line, lineNo, this.file.path);
    }
  }
}

function parseRow(line: string, lineNo: number, path: string): SnapshotRow {
  const [depot, sku, onHand, allocated, ats] = line.split(',');
  const quantity = (raw: string | undefined) =>
    raw === undefined || raw === '' ? null : Number(raw);
  const row = {
    depot,
    sku,
    onHand: quantity(onHand),
    allocated: quantity(allocated),
    ats: quantity(ats),
  };
  if (
    !row.depot ||
    !row.sku ||
    row.onHand === null ||
    [row.onHand, row.allocated, row.ats].some((n) => n !== null && !Number.isInteger(n))
  ) {
    throw new Error(
      `${path}:${lineNo}: expected depot,sku,onHand,allocated,ats with whole numbers`,
    );
  }
  return {
    depot: row.depot,
    sku: row.sku,
    onHand: row.onHand,
    allocated: row.allocated,
    ats: row.ats,
  };
}
