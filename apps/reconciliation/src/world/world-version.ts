import type { ChangeSet, WorldTables } from '@parity/world';

/** A change as the audit keeps it: the change set, or a whole world replacing the previous one. */
export type RecordedChange =
  | { readonly kind: 'CHANGE_SET'; readonly changeSet: ChangeSet }
  | { readonly kind: 'REPLACE'; readonly rows: Readonly<Record<string, number>> };

/** Who made a version, when and why. */
export interface VersionStamp {
  readonly by: string;
  readonly at: Date;
  readonly note: string | null;
}

export interface WorldVersion extends VersionStamp {
  readonly version: number;
  readonly tables: WorldTables;
  readonly change: RecordedChange;
}

export type AuditEntry = Omit<WorldVersion, 'tables'>;
