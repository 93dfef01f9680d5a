import { Module } from '@nestjs/common';

/** Reconciliation: stock-parity views, daily reports and the exception ledger. Its flows are added as feature modules here. */
@Module({})
export class ReconciliationModule {}
