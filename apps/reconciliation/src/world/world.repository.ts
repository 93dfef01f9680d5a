import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEntry, WorldVersion } from './world-version';

interface AuditRow {
  version: string;
  changed_by: string;
  changed_at: Date;
  note: string | null;
  change: WorldVersion['change'];
}

interface VersionRow extends AuditRow {
  tables: WorldVersion['tables'];
}

/** Any constant: writers of the world take this transaction lock so versions follow one another. */
const WORLD_WRITE_LOCK = 0x776f726c64;

/** The world versions' SQL. */
@Injectable()
export class WorldRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Holds off every other writer of the world until the transaction ends. */
  async lockForWrite(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [WORLD_WRITE_LOCK]);
  }

  async latest(tx: EntityManager = this.dataSource.manager): Promise<WorldVersion | undefined> {
    const rows: VersionRow[] = await tx.query(
      `SELECT * FROM reconciliation.world_versions ORDER BY version DESC LIMIT 1`,
    );
    return rows[0] && versionOf(rows[0]);
  }

  async find(version: number): Promise<WorldVersion | undefined> {
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT * FROM reconciliation.world_versions WHERE version = $1`,
      [version],
    );
    return rows[0] && versionOf(rows[0]);
  }

  async insert(tx: EntityManager, version: WorldVersion): Promise<void> {
    await tx.query(
      `INSERT INTO reconciliation.world_versions (version, tables, changed_by, changed_at, note, change)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        version.version,
        JSON.stringify(version.tables),
        version.by,
        version.at,
        version.note,
        JSON.stringify(version.change),
      ],
    );
  }

  /** Newest first, below `beforeVersion` when given. */
  async audit(limit: number, beforeVersion?: number): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT version, changed_by, changed_at, note, change FROM reconciliation.world_versions
       WHERE $1::bigint IS NULL OR version < $1 ORDER BY version DESC LIMIT $2`,
      [beforeVersion ?? null, limit],
    );
    return rows.map(auditEntryOf);
  }
}

function auditEntryOf(row: AuditRow): AuditEntry {
  return {
    version: Number(row.version),
    by: row.changed_by,
    at: row.changed_at,
    note: row.note,
    change: row.change,
  };
}

function versionOf(row: VersionRow): WorldVersion {
  return { ...auditEntryOf(row), tables: row.tables };
}
