import { Global, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import {
  KAFKA_CLIENT,
  KafkaHandler,
  KafkaRuntimeModule,
  SCHEMA_REGISTRY,
  createSchemaRegistryClient,
  type ConsumedMessage,
  type HandlerContext,
  type TopicDefinition,
} from '@parity/kafka';
import { readTopic } from '../support/read-topic';
import { RuntimeHarness } from '../support/runtime-harness';
import { stackEnv } from '../support/stack-env';
import { movementKey, movementSchemaV1, type Movement } from './movement';

const UPSTREAM_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('a @KafkaHandler in a Nest service', () => {
  const harness = new RuntimeHarness();
  let input: TopicDefinition<Movement>;
  let output: TopicDefinition<Movement>;

  beforeAll(async () => {
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(new BasicTracerProvider());
    await harness.setUp(() => []);
    input = await harness.topic({
      base: 'rt.nest-in',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 3,
    });
    output = await harness.topic({
      base: 'rt.nest-out',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 3,
    });
  });

  afterAll(async () => {
    await harness.tearDown();
    trace.disable();
    propagation.disable();
  });

  it('is discovered, consumes its topic, and publishes through the outbox in the same trace', async () => {
    @KafkaHandler(input)
    @Injectable()
    class DoubleMovementHandler {
      async handle(message: ConsumedMessage<Movement>, ctx: HandlerContext): Promise<void> {
        const doubled = { ...message.value, quantityDelta: message.value.quantityDelta * 2 };
        await ctx.publish(output, [doubled], message);
      }
    }

    // What PlatformModule provides a real service, globally.
    @Global()
    @Module({
      providers: [
        { provide: KAFKA_CLIENT, useValue: harness.kafka },
        {
          provide: SCHEMA_REGISTRY,
          useValue: createSchemaRegistryClient(stackEnv('SCHEMA_REGISTRY_URL'), 'nest-test'),
        },
      ],
      exports: [KAFKA_CLIENT, SCHEMA_REGISTRY],
    })
    class ClientsModule {}

    @Module({
      imports: [
        ClientsModule,
        TypeOrmModule.forRoot({ type: 'postgres', url: stackEnv('DATABASE_URL') }),
        KafkaRuntimeModule.forRoot({
          groupId: `${harness.schema}-nest`,
          schema: harness.schema,
          producedBy: 'test/nest',
        }),
      ],
      providers: [DoubleMovementHandler],
    })
    class TestServiceModule {}

    const app = await NestFactory.createApplicationContext(TestServiceModule, {
      logger: ['error'],
      abortOnError: false,
    });
    try {
      await harness.produce(input, [{ sku: 'SKU-N', sequence: 1, quantityDelta: 21 }], {
        traceparent: `00-${UPSTREAM_TRACE_ID}-00f067aa0ba902b7-01`,
      });
      const [published] = await readTopic(harness.kafka, output.name, 1);
      expect(await harness.serde.decode(output, published?.value ?? null)).toEqual({
        sku: 'SKU-N',
        sequence: 1,
        quantityDelta: 42,
      });
      expect(published?.key?.toString()).toBe('SKU-N');
      expect(published?.headers?.['traceparent']?.toString()).toMatch(
        new RegExp(`^00-${UPSTREAM_TRACE_ID}-[0-9a-f]{16}-01$`),
      );
    } finally {
      await app.close();
    }
  });
});
