import { Module } from '@nestjs/common';

/** Inventory: stock ledger per SKU x depot, available-to-sell, and ATS pushes to Prima and the tills. Its flows are added as feature modules here. */
@Module({})
export class InventoryModule {}
