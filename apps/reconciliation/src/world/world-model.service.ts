import { Injectable } from '@nestjs/common';
import { Topics, type WorldModel } from '@parity/contracts';
import { KafkaRuntime } from '@parity/kafka';
import { createLogger } from '@parity/telemetry';
import {
  applyChangeSet,
  emptyWorld,
  tableNames,
  worldProblems,
  type ChangeSet,
  type WorldTables,
} from '@parity/world';
import { DataSource } from 'typeorm';
import type { RecordedChange, VersionStamp, WorldVersion } from './world-version';
import { WorldRepository } from './world.repository';

export type WorldChangeOutcome =
  | { readonly outcome: 'done'; readonly version: WorldVersion }
  | { readonly outcome: 'refused'; readonly problems: readonly string[] }
  | { readonly outcome: 'stale'; readonly current: number };

/**
 * The world model's owner: every change is checked whole (worldProblems) and, only if the
 * world it makes is consistent, stored as the next version and published on world.model.v1 in
 * the same transaction (through the outbox), so what is stored and what services read cannot
 * diverge. A refused change stores and publishes nothing.
 */
@Injectable()
export class WorldModelStore {
  private readonly log = createLogger(WorldModelStore.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: WorldRepository,
    private readonly runtime: KafkaRuntime,
  ) {}

  /** The current version; the empty world, version 0, before any was made. */
  async current(): Promise<WorldVersion> {
    return (await this.repository.latest()) ?? versionZero;
  }

  find(version: number): Promise<WorldVersion | undefined> {
    return this.repository.find(version);
  }

  audit(limit: number, beforeVersion?: number) {
    return this.repository.audit(limit, beforeVersion);
  }

  /** Applies a change set to the current version (or refuses if `baseVersion` is no longer it). */
  change(change: ChangeSet, stamp: VersionStamp, baseVersion?: number) {
    return this.write(stamp, baseVersion, (tables) => {
      const applied = applyChangeSet(tables, change);
      return applied.ok
        ? { tables: applied.tables, change: { kind: 'CHANGE_SET', changeSet: change } }
        : { problems: applied.problems };
    });
  }

  /** Replaces the whole world (seeding a sandbox or a first install from a file). */
  replace(tables: WorldTables, stamp: VersionStamp, baseVersion?: number) {
    const rows = Object.fromEntries(tableNames.map((t) => [t, tables[t].length]));
    return this.write(stamp, baseVersion, () => ({ tables, change: { kind: 'REPLACE', rows } }));
  }

  private write(
    stamp: VersionStamp,
    baseVersion: number | undefined,
    next: (
      tables: WorldTables,
    ) =>
      | { readonly tables: WorldTables; readonly change: RecordedChange }
      | { readonly problems: readonly string[] },
  ): Promise<WorldChangeOutcome> {
    return this.dataSource.transaction(async (tx) => {
      await this.repository.lockForWrite(tx);
      const current = (await this.repository.latest(tx)) ?? versionZero;
      if (baseVersion !== undefined && baseVersion !== current.version) {
        return { outcome: 'stale', current: current.version };
      }
      const made = next(current.tables);
      const problems = 'problems' in made ? made.problems : worldProblems(made.tables);
      if ('problems' in made || problems.length > 0) return { outcome: 'refused', problems };
      const version: WorldVersion = { version: current.version + 1, ...made, ...stamp };
      await this.repository.insert(tx, version);
      await this.runtime.publisher.publish(tx, Topics.worldModelV1, [worldModelOf(version)]);
      this.log.info('world.version.made', { version: version.version, by: stamp.by });
      return { outcome: 'done', version };
    });
  }
}

const versionZero: WorldVersion = {
  version: 0,
  tables: emptyWorld,
  by: 'PARITY',
  at: new Date(0),
  note: null,
  change: { kind: 'REPLACE', rows: {} },
};

function worldModelOf(version: WorldVersion): WorldModel {
  return {
    header: {
      eventId: `world:${version.version}`,
      source: 'PARITY',
      producedBy: 'reconciliation/world',
      occurredAt: version.at.getTime(),
      sourceTimeZone: 'UTC',
      archiveRef: null,
    },
    version: version.version,
    changedBy: version.by,
    changedAt: version.at.getTime(),
    note: version.note,
    ...version.tables,
  };
}
