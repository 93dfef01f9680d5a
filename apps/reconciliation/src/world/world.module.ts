import { Module } from '@nestjs/common';
import { WorldController } from './world.controller';
import { WorldModelStore } from './world-model.service';
import { WorldRepository } from './world.repository';

/** The world model's owner: its versions in reconciliation's schema, its API, its topic. */
@Module({
  controllers: [WorldController],
  providers: [WorldRepository, WorldModelStore],
})
export class WorldModelModule {}
