import { Module } from '@nestjs/common';

/** Orders: Prima sales orders to the warehouse, POS sales to Prima sales orders, Prima POs to Clarus. Its flows are added as feature modules here. */
@Module({})
export class OrdersModule {}
