import { Type } from 'avsc';
import { allTopics, Topics } from '../catalog';
import { sampleEvents } from './index';

describe('sample events', () => {
  const cases = (Object.keys(Topics) as (keyof typeof Topics)[]).map(
    (key) => [Topics[key].name, Topics[key], sampleEvents[key]] as const,
  );

  it('cover every topic', () => {
    expect(cases).toHaveLength(allTopics.length);
  });

  it.each(cases)(
    '%s: the schema parses with avsc and the sample is valid against it',
    (_name, topic, sample) => {
      const type = Type.forSchema(topic.valueSchema.schema as never);
      const invalidAt: string[] = [];
      type.isValid(sample, { errorHook: (path) => invalidAt.push(path.join('.')) });
      expect(invalidAt).toEqual([]);
    },
  );

  it.each(cases)(
    '%s: the sample survives encoding and decoding unchanged',
    (_name, topic, sample) => {
      const type = Type.forSchema(topic.valueSchema.schema as never);
      expect(type.fromBuffer(type.toBuffer(sample))).toEqual(sample);
    },
  );

  it('decode timestamps as epoch milliseconds, the numbers the generated types promise', () => {
    const type = Type.forSchema(Topics.posSalesV1.valueSchema.schema as never);
    const decoded = type.fromBuffer(
      type.toBuffer(sampleEvents.posSalesV1),
    ) as typeof sampleEvents.posSalesV1;
    expect(decoded.header.occurredAt).toBe(Date.UTC(2026, 10, 20, 9, 30));
  });

  it('add up to the penny, as the fixtures of totals checks must', () => {
    const sale = sampleEvents.posSalesV1;
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(sale.lines.map((line) => line.lineTotalMinor))).toBe(sale.totalMinor);
    expect(sum(sale.lines.map((line) => line.taxMinor))).toBe(sale.taxMinor);
    expect(sum(sale.payments.map((payment) => payment.amountMinor))).toBe(sale.totalMinor);
    const order = sampleEvents.erpSalesOrdersV1;
    expect(sum(order.lines.map((line) => line.lineTotalMinor))).toBe(order.totalMinor);
    expect(sum(order.lines.map((line) => line.taxMinor))).toBe(order.taxMinor);
  });
});
