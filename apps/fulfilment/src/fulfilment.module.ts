import { Module } from '@nestjs/common';

/** Fulfilment: WMS order events to Prima despatch notes and goods receipts. Its flows are added as feature modules here. */
@Module({})
export class FulfilmentModule {}
