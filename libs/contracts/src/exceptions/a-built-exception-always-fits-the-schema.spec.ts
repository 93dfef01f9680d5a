import { Type } from 'avsc';
import { IntegrationExceptionSchema, type ExceptionType } from '../generated';
import { exceptionOf, InvalidExceptionError, type ExceptionFacts } from './exception-of';

const schema = Type.forSchema(IntegrationExceptionSchema as never);

const facts: ExceptionFacts = {
  type: 'LOCATION_UNMAPPED',
  entity: { type: 'SKU', id: 'TEE-NVY-M' },
  qualifier: ['NOWHERE'],
  summary: 'depot NOWHERE is not in INVENTORY_DEPOTS',
  eventId: 'e-1',
  source: 'PEOPLEVOX',
  producedBy: 'inventory/stock-movement',
  occurredAt: 1_764_000_000_000,
  sourceRecord: { topic: 'wms.stock-movements.v1', partition: 3, offset: 42 },
  details: { depot: 'NOWHERE' },
};

describe('the exception builder', () => {
  it('returns values the Avro schema accepts', () => {
    expect(schema.isValid(exceptionOf(facts))).toBe(true);
    expect(
      schema.isValid(exceptionOf({ ...facts, sourceRecord: undefined, details: undefined })),
    ).toBe(true);
  });

  it.each<[string, Partial<ExceptionFacts>]>([
    ['a type cast from outside the union', { type: 'SKU_UNKNOWN' as ExceptionType }],
    ['a source cast from outside its enum', { source: 'SHOPIFY' as ExceptionFacts['source'] }],
    ['an empty entity id', { entity: { type: 'SKU', id: '' } }],
    ['a detail that is not a string', { details: { onHand: 4 as unknown as string } }],
    ['an offset that is not a long', { sourceRecord: { topic: 't', partition: 0, offset: NaN } }],
    ['a time that is not epoch ms', { occurredAt: new Date('nope').getTime() }],
  ])('refuses %s instead of returning what cannot be encoded', (_, bad) => {
    expect(() => exceptionOf({ ...facts, ...bad })).toThrow(InvalidExceptionError);
  });
});
