import { Module } from '@nestjs/common';

/** Returns: returns, refunds and exchanges to Prima credit notes linked to their original order. Its flows are added as feature modules here. */
@Module({})
export class ReturnsModule {}
