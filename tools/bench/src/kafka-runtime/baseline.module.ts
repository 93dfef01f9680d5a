import 'reflect-metadata';
import { Controller, Module, type Type } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';

/**
 * The naive service: a Nest module with one controller whose `@EventPattern` handler gets
 * each Kafka message from the stock transport. Built per run because the pattern is the
 * run's topic name. The handler is a plain function, not an injected service: tsx (esbuild)
 * emits no decorator metadata, so constructor injection would not resolve, and a module-level
 * pool is what such a service typically has anyway.
 */
export function baselineModule(
  topicName: string,
  onMovement: (value: Buffer) => Promise<void>,
): Type<unknown> {
  @Controller()
  class StockMovementController {
    @EventPattern(topicName)
    handle(@Payload() value: Buffer): Promise<void> {
      return onMovement(value);
    }
  }

  @Module({ controllers: [StockMovementController] })
  class BaselineModule {}

  return BaselineModule;
}
