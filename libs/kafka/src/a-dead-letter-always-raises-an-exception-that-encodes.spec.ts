import type { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { exceptionTopicFor, type IntegrationException } from '@parity/contracts';
import { AvroSerde } from './avro-serde';
import type { RawMessage } from './consumed-message';
import type { DeadLetter } from './dead-letters';
import { PermanentError } from './errors';
import { CatalogExceptionRaiser } from './exception-raiser';

const platform = exceptionTopicFor('PLATFORM');

async function raiser(): Promise<{ raiser: CatalogExceptionRaiser; serde: AvroSerde }> {
  const registry = { register: async () => ({ id: 7 }) } as unknown as SchemaRegistry;
  const serde = new AvroSerde(registry);
  await serde.register(platform);
  return { raiser: new CatalogExceptionRaiser(serde, 'inventory/stock-movement'), serde };
}

function deadLetter(offset: string): DeadLetter {
  const message: RawMessage = {
    topic: 'wms.stock-movements.v1',
    partition: 4,
    offset,
    key: Buffer.from('TEE-NVY-M'),
    value: Buffer.from('not avro'),
    headers: {},
    timestamp: '1764000000000',
  };
  return {
    message,
    error: new PermanentError('KAFKA.UNDECODABLE', 'not in the Confluent Avro wire format'),
    group: 'inventory',
    exceptionId: 'abc123',
  };
}

async function decoded(record: { value: Buffer | null }): Promise<IntegrationException> {
  const { serde } = await raiser();
  return serde.decode(platform, record.value);
}

describe('the exception of a dead letter', () => {
  it('is POISON_MESSAGE about the record, for the platform team, with the error', async () => {
    const record = (await raiser()).raiser.exceptionFor(deadLetter('118822'));
    expect(record.topic).toBe(platform.name);
    expect(await decoded(record)).toMatchObject({
      type: 'POISON_MESSAGE',
      team: 'PLATFORM',
      entityType: 'MESSAGE',
      entityId: 'wms.stock-movements.v1/4/118822',
      fingerprint: 'POISON_MESSAGE:MESSAGE:wms.stock-movements.v1/4/118822',
      sourceOffset: 118822,
      details: { errorCode: 'KAFKA.UNDECODABLE', key: 'TEE-NVY-M', consumerGroup: 'inventory' },
    });
  });

  it('falls back to one made of the coordinates when the full one cannot be built', async () => {
    // An offset past 2^53 is no Avro long avsc can write: the full exception would not encode.
    const record = (await raiser()).raiser.exceptionFor(deadLetter('18446744073709551615'));
    expect(await decoded(record)).toMatchObject({
      type: 'POISON_MESSAGE',
      entityId: 'wms.stock-movements.v1/4/18446744073709551615',
      sourceOffset: null,
      details: { consumerGroup: 'inventory' },
    });
  });
});
