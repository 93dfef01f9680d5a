import { Inject, Injectable } from '@nestjs/common';
import type { CataloguePort } from '@parity/connectors';
import { Topics, type Item } from '@parity/contracts';
import { DOCUMENT_RUNTIME, type DocumentRuntime } from '@parity/documents';
import { KafkaHandler, type ConsumedMessage, type HandlerContext } from '@parity/kafka';
import { CATALOGUE_PORTS } from '../tokens';
import { catalogueTypeOf } from './catalogue-documents';
import { catalogueItemOf, catalogueTargetsOf } from './catalogue-item';
import { CatalogueReadiness } from './catalogue-readiness';
import { CatalogueRepository } from './catalogue.repository';

/**
 * Prima's item master (erp.items.v1) into every target: each new version of an item is kept
 * as the catalogue's, and becomes one latest-wins document per target it must exist in, in
 * the lane's transaction (`catalogueDocumentTypes` writes them). A replayed or older version
 * asks for nothing.
 */
@KafkaHandler(Topics.erpItemsV1)
@Injectable()
export class ItemMasterHandler {
  private readonly targets: CataloguePort['target'][];

  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly readiness: CatalogueReadiness,
    @Inject(DOCUMENT_RUNTIME) private readonly documents: DocumentRuntime,
    @Inject(CATALOGUE_PORTS) ports: readonly CataloguePort[],
  ) {
    this.targets = ports.map((port) => port.target);
  }

  async handleBatch(
    messages: readonly ConsumedMessage<Item>[],
    ctx: HandlerContext,
  ): Promise<void> {
    if (this.targets.length === 0) return;
    const items = new Map<string, Item>();
    for (const { value } of messages) {
      const before = items.get(value.sku);
      if (!before || value.header.occurredAt >= before.header.occurredAt)
        items.set(value.sku, value);
    }
    const announced = await this.catalogue.announce(
      ctx.tx,
      [...items.values()].map((item) => ({
        sku: item.sku,
        version: item.header.occurredAt,
        targets: catalogueTargetsOf(item, this.targets),
        styleCode: item.style?.styleCode ?? null,
      })),
    );
    const variants = await this.catalogue.variantsOf(ctx.tx, [
      ...new Set(announced.flatMap((a) => (a.styleCode === null ? [] : [a.styleCode]))),
    ]);
    // An item no connected target takes (a gift card where only warehouses are) is sellable at once.
    await this.catalogue.settleReadiness(
      ctx.tx,
      announced.filter((a) => a.targets.length === 0).map((a) => a.sku),
    );
    // A SKU with stock before Prima announced it (installed before Parity owned the item
    // master) stops being sellable until it is everywhere: its figures go out again as 0.
    const gated = announced.filter((a) => a.first && a.targets.length > 0).map((a) => a.sku);
    if (gated.length > 0) {
      await this.readiness.publishAgain(ctx.tx, gated, (published) =>
        ctx.publish(Topics.inventoryAvailabilityV1, published, messages.at(-1)),
      );
    }
    for (const target of this.targets) {
      const ours = announced.filter((a) => a.targets.includes(target));
      if (ours.length === 0) continue;
      await this.documents.request(
        ctx.tx,
        catalogueTypeOf(target),
        ours.map(({ sku, version }) => {
          const item = items.get(sku) as Item;
          const siblings = item.style ? variants.get(item.style.styleCode) : undefined;
          return {
            key: sku,
            version,
            payload: catalogueItemOf(item, siblings),
            arisenAt: version,
          };
        }),
      );
    }
  }
}
