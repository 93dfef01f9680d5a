import { Module } from '@nestjs/common';

/** Edge: the only service facing the vendors: webhooks and polls in, canonical Avro events out. Its flows are added as feature modules here. */
@Module({})
export class EdgeModule {}
