import { Inject, Injectable } from '@nestjs/common';
import type { CatalogueItem, CatalogueTargetName } from '@parity/connectors';
import {
  exceptionTopicFor,
  Topics,
  type Availability,
  type IntegrationException,
} from '@parity/contracts';
import {
  DOCUMENT_RUNTIME,
  type Answered,
  type ClaimedDocument,
  type DocumentRuntime,
} from '@parity/documents';
import type { EventPublisher } from '@parity/kafka';
import type { EntityManager } from 'typeorm';
import { InventoryWorld } from '../depots/inventory-world';
import { LedgerService } from '../ledger/ledger.service';
import { primaPushesOf } from '../push/availability-pushes';
import { PushQueueRepository } from '../push/push-queue.repository';
import { pushKeyOf, pushTypeOf } from '../push/push-target';
import {
  catalogueClearance,
  catalogueRefusalException,
  skuNotReadyException,
} from './catalogue-exceptions';
import { CatalogueRepository, presenceKey } from './catalogue.repository';

/**
 * What the targets' answers mean for a SKU, recorded with them: a confirmed item is present
 * there (and ends any exception its refusal or wait raised); a refusal raises one exception
 * per SKU × target; a SKU present in every target it needs becomes sellable, so its figures
 * are published again (the ledger held them at 0) and its tills' held pushes go.
 */
@Injectable()
export class CatalogueReadiness {
  constructor(
    private readonly repository: CatalogueRepository,
    private readonly ledger: LedgerService,
    private readonly pushes: PushQueueRepository,
    private readonly world: InventoryWorld,
    @Inject(DOCUMENT_RUNTIME) private readonly documents: DocumentRuntime,
  ) {}

  async recorded(
    tx: EntityManager,
    target: CatalogueTargetName,
    answers: readonly Answered<CatalogueItem>[],
    publisher: EventPublisher,
  ): Promise<void> {
    const at = Date.now();
    const confirmed = answers.filter((a) => a.kind === 'CONFIRMED');
    await this.repository.confirmed(
      tx,
      confirmed.map((a) => ({
        sku: a.document.key,
        target,
        version: a.document.version,
        vendorRef: a.vendorRef ?? a.document.key,
      })),
    );
    const versions = new Map(confirmed.map((a) => [a.document.key, a.document.version]));
    const ended = await this.repository.endRefusals(
      tx,
      confirmed.map((a) => ({ sku: a.document.key, target })),
    );
    const exceptions: IntegrationException[] = ended.map((r) =>
      catalogueClearance(
        { sku: r.sku, target, version: versions.get(r.sku) ?? 0 },
        r.type === 'CATALOGUE_MISMATCH' ? 'CATALOGUE_MISMATCH' : 'SKU_NOT_READY',
        at,
      ),
    );

    const refused = answers.filter((a) => a.kind === 'REFUSED');
    const present = await this.repository.present(
      tx,
      refused.map((a) => ({ sku: a.document.key, target })),
    );
    const raised = refused.map((a) =>
      catalogueRefusalException(
        {
          sku: a.document.key,
          target,
          item: a.document.payload,
          version: a.document.version,
          present: present.has(presenceKey({ sku: a.document.key, target })),
        },
        a.reason,
        at,
      ),
    );
    await this.repository.refused(
      tx,
      raised.map((e) => ({ sku: e.entityId, target, type: e.type })),
    );
    await publishExceptions(tx, publisher, [...exceptions, ...raised]);

    const ready = await this.repository.settleReadiness(tx, [...versions.keys()]);
    if (ready.length > 0) await this.becameSellable(tx, ready, publisher);
  }

  /** SKU_NOT_READY (or CATALOGUE_MISMATCH for a stale one) for an item a target has not confirmed in time. */
  async notReadyYet(
    tx: EntityManager,
    target: CatalogueTargetName,
    document: ClaimedDocument<CatalogueItem>,
    waitedMs: number,
  ): Promise<IntegrationException[]> {
    const sku = document.key;
    const present = await this.repository.present(tx, [{ sku, target }]);
    const exception = skuNotReadyException(
      {
        sku,
        target,
        item: document.payload,
        version: document.version,
        present: present.has(presenceKey({ sku, target })),
      },
      waitedMs,
      Date.now(),
    );
    await this.repository.refused(tx, [{ sku, target, type: exception.type }]);
    return [exception];
  }

  /**
   * Publishes the SKUs' figures again (as 0 while not sellable, the real ones once they are)
   * and queues them for Prima: what a SKU newly announced, or newly sellable, needs.
   */
  async publishAgain(
    tx: EntityManager,
    skus: readonly string[],
    publish: (availability: readonly Availability[]) => Promise<void>,
  ): Promise<void> {
    const depots = this.world.current();
    const { published, pushable } = await this.ledger.republish(tx, skus, depots);
    if (published.length > 0) await publish(published);
    await this.pushes.enqueue(tx, primaPushesOf(pushable, [], depots));
  }

  /** The SKUs' figures again, now sellable: to Prima through the ledger, to the tills by their held pushes. */
  private async becameSellable(
    tx: EntityManager,
    skus: readonly string[],
    publisher: EventPublisher,
  ): Promise<void> {
    await this.publishAgain(tx, skus, (published) =>
      publisher.publish(tx, Topics.inventoryAvailabilityV1, published),
    );
    const depots = this.world.current();
    const tills = depots.pushTargets().filter(({ target }) => target !== 'PRIMA');
    for (const target of new Set(tills.map((t) => t.target))) {
      const keys = tills
        .filter((t) => t.target === target)
        .flatMap(({ depot }) => skus.map((sku) => pushKeyOf({ depot, sku })));
      await this.documents.release(tx, pushTypeOf(target), keys);
    }
  }
}

async function publishExceptions(
  tx: EntityManager,
  publisher: EventPublisher,
  exceptions: readonly IntegrationException[],
): Promise<void> {
  for (const exception of exceptions) {
    await publisher.publish(tx, exceptionTopicFor(exception.team), [exception]);
  }
}
