import { Injectable } from '@nestjs/common';
import type { CatalogueTargetName } from '@parity/connectors';
import type { EntityManager } from 'typeorm';

/** An item as the catalogue takes it in: its SKU, Prima's version, the targets it must reach. */
export interface AnnouncedItem {
  readonly sku: string;
  readonly version: number;
  /** Prima's style code; null for a standalone item. */
  readonly styleCode: string | null;
  readonly targets: readonly CatalogueTargetName[];
}

/** A target's confirmation that it holds a SKU at a version. */
export interface Presence {
  readonly sku: string;
  readonly target: CatalogueTargetName;
  readonly version: number;
  readonly vendorRef: string;
}

/** The catalogue's SQL (catalogue.migration.ts); every statement takes the caller's transaction. */
@Injectable()
export class CatalogueRepository {
  /**
   * Keeps each item's newest version; answers the items that were new or newer (a replayed or
   * older event answers nothing, so it asks for nothing), `first` for a SKU never announced
   * before. A SKU already ready stays ready: readiness is about existing in the targets, which
   * a price change does not undo.
   */
  async announce(
    tx: EntityManager,
    items: readonly AnnouncedItem[],
  ): Promise<(AnnouncedItem & { readonly first: boolean })[]> {
    if (items.length === 0) return [];
    const sorted = [...items].sort((a, b) => (a.sku < b.sku ? -1 : 1));
    // xmax is 0 on a row this statement inserted, not on one it updated. (TypeORM answers an
    // INSERT … RETURNING with the rows alone.)
    const rows: { sku: string; first: boolean }[] = await tx.query(
      `INSERT INTO inventory.catalogue_items AS c (sku, version, targets, style_code)
       SELECT sku, version, string_to_array(targets, ','), style_code
         FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[])
           AS i(sku, version, targets, style_code)
       ON CONFLICT (sku) DO UPDATE SET
         version = EXCLUDED.version, targets = EXCLUDED.targets, style_code = EXCLUDED.style_code
        WHERE EXCLUDED.version > c.version
       RETURNING sku, xmax = 0 AS first`,
      [
        sorted.map((i) => i.sku),
        sorted.map((i) => i.version),
        sorted.map((i) => i.targets.join(',')),
        sorted.map((i) => i.styleCode),
      ],
    );
    const changed = new Map(rows.map((r) => [r.sku, r.first]));
    return sorted.flatMap((i) => {
      const first = changed.get(i.sku);
      return first === undefined ? [] : [{ ...i, first }];
    });
  }

  /** Every SKU announced of each of these styles, in SKU order. */
  async variantsOf(
    tx: EntityManager,
    styleCodes: readonly string[],
  ): Promise<Map<string, string[]>> {
    const variants = new Map<string, string[]>();
    if (styleCodes.length === 0) return variants;
    const rows: { style_code: string; sku: string }[] = await tx.query(
      `SELECT style_code, sku FROM inventory.catalogue_items
        WHERE style_code = ANY($1::text[]) ORDER BY style_code, sku`,
      [styleCodes],
    );
    for (const { style_code, sku } of rows) {
      variants.set(style_code, [...(variants.get(style_code) ?? []), sku]);
    }
    return variants;
  }

  /** Records what targets confirmed; a confirmation of an older version never overwrites a newer one. */
  async confirmed(tx: EntityManager, presences: readonly Presence[]): Promise<void> {
    if (presences.length === 0) return;
    await tx.query(
      `INSERT INTO inventory.catalogue_presence AS p (sku, target, version, vendor_ref)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int8[], $4::text[])
       ON CONFLICT (sku, target) DO UPDATE SET
         version = EXCLUDED.version, vendor_ref = EXCLUDED.vendor_ref, confirmed_at = now()
        WHERE EXCLUDED.version >= p.version`,
      [
        presences.map((p) => p.sku),
        presences.map((p) => p.target),
        presences.map((p) => p.version),
        presences.map((p) => p.vendorRef),
      ],
    );
  }

  /** Remembers the refusals that raised an exception (their type), so their end can clear it. */
  async refused(
    tx: EntityManager,
    refusals: readonly { sku: string; target: CatalogueTargetName; type: string }[],
  ): Promise<void> {
    if (refusals.length === 0) return;
    await tx.query(
      `INSERT INTO inventory.catalogue_refusals AS r (sku, target, type)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (sku, target) DO UPDATE SET type = EXCLUDED.type, raised_at = now()`,
      [refusals.map((r) => r.sku), refusals.map((r) => r.target), refusals.map((r) => r.type)],
    );
  }

  /** Forgets the refusals these confirmations end; answers them, with the type each raised. */
  async endRefusals(
    tx: EntityManager,
    pairs: readonly { sku: string; target: CatalogueTargetName }[],
  ): Promise<{ sku: string; target: CatalogueTargetName; type: string }[]> {
    if (pairs.length === 0) return [];
    const [rows]: [{ sku: string; target: CatalogueTargetName; type: string }[], number] =
      await tx.query(
        `DELETE FROM inventory.catalogue_refusals r
          USING unnest($1::text[], $2::text[]) AS k(sku, target)
          WHERE r.sku = k.sku AND r.target = k.target
          RETURNING r.sku, r.target, r.type`,
        [pairs.map((p) => p.sku), pairs.map((p) => p.target)],
      );
    return rows;
  }

  /** Which of these SKU × target pairs the target holds some version of. */
  async present(
    tx: EntityManager,
    pairs: readonly { sku: string; target: CatalogueTargetName }[],
  ): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows: { sku: string; target: string }[] = await tx.query(
      `SELECT p.sku, p.target FROM inventory.catalogue_presence p
         JOIN unnest($1::text[], $2::text[]) AS k(sku, target)
           ON p.sku = k.sku AND p.target = k.target`,
      [pairs.map((p) => p.sku), pairs.map((p) => p.target)],
    );
    return new Set(rows.map((r) => presenceKey(r)));
  }

  /**
   * Marks ready the SKUs among these that now exist in every target they need; answers the
   * newly ready ones (each once, ever).
   */
  async settleReadiness(tx: EntityManager, skus: readonly string[]): Promise<string[]> {
    if (skus.length === 0) return [];
    const [rows]: [{ sku: string }[], number] = await tx.query(
      `UPDATE inventory.catalogue_items c SET ready_at = now()
        WHERE c.sku = ANY($1::text[]) AND c.ready_at IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM unnest(c.targets) AS t(target)
             WHERE NOT EXISTS (SELECT 1 FROM inventory.catalogue_presence p
                                WHERE p.sku = c.sku AND p.target = t.target))
        RETURNING c.sku`,
      [skus],
    );
    return rows.map((r) => r.sku);
  }

  /** Of these SKUs, those the item master announced and that are not in every target yet. */
  async notReady(tx: EntityManager, skus: readonly string[]): Promise<Set<string>> {
    if (skus.length === 0) return new Set();
    const rows: { sku: string }[] = await tx.query(
      `SELECT sku FROM inventory.catalogue_items WHERE sku = ANY($1::text[]) AND ready_at IS NULL`,
      [skus],
    );
    return new Set(rows.map((r) => r.sku));
  }
}

export function presenceKey(pair: { sku: string; target: string }): string {
  return `${pair.target}|${pair.sku}`;
}
