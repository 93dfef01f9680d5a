import { Module } from '@nestjs/common';
import { PushQueueRepository } from './push-queue.repository';

/** The push queue, filled by the ledger (warehouse figures) and the Prima feed (store figures). */
@Module({ providers: [PushQueueRepository], exports: [PushQueueRepository] })
export class PushQueueModule {}
