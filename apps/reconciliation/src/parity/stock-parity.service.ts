import { Inject, Injectable } from '@nestjs/common';
import type { Availability, StockMovement, SyncAck } from '@parity/contracts';
import { PLATFORM_CONFIG } from '@parity/service';
import type { EntityManager } from 'typeorm';
import type { ReconciliationConfig } from '../reconciliation.config';
import { assessParity } from './assess-parity';
import { StockParityRepository } from './stock-parity.repository';

/** Keeps the stock-parity view: applies each stream's events and re-assesses the row. */
@Injectable()
export class StockParity {
  private readonly toleranceMs: number;

  constructor(
    private readonly repository: StockParityRepository,
    @Inject(PLATFORM_CONFIG) config: ReconciliationConfig,
  ) {
    this.toleranceMs = config.parity.ackToleranceMs;
  }

  async applyAvailability(tx: EntityManager, availability: Availability): Promise<void> {
    if (await this.repository.applyAvailability(tx, availability)) {
      await this.reassess(tx, availability.depot, availability.sku);
    }
  }

  async applySyncAck(tx: EntityManager, ack: SyncAck): Promise<void> {
    await this.repository.applySyncAck(tx, ack);
    await this.reassess(tx, ack.depot, ack.sku);
  }

  /** WMS movements say what the WMS reports; they do not change what Parity or a target holds. */
  applyStockMovement(tx: EntityManager, movement: StockMovement): Promise<void> {
    return this.repository.applyStockMovement(tx, movement);
  }

  async reassess(tx: EntityManager, depot: string, sku: string, now = new Date()): Promise<void> {
    const { published, targets } = await this.repository.assessmentInputs(tx, depot, sku);
    const assessment = assessParity(published, targets, now, this.toleranceMs);
    await this.repository.saveAssessment(tx, depot, sku, assessment);
  }
}
