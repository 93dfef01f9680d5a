import { InvalidExceptionError, type ExceptionType } from '@parity/contracts';
import type { ConsumedMessage } from './consumed-message';
import { exceptionIdOf } from './dead-letters';
import { rejectionException, type Rejection } from './rejection';

const message: ConsumedMessage<unknown> = {
  topic: 'wms.stock-movements.v1',
  partition: 3,
  offset: '42',
  key: 'TEE-NVY-M',
  value: {},
  headers: {},
  timestamp: '1764000000000',
};

const rejection: Rejection = {
  code: 'INVENTORY.DEPOT_UNMAPPED',
  type: 'LOCATION_UNMAPPED',
  entity: { type: 'SKU', id: 'TEE-NVY-M' },
  qualifier: ['NOWHERE'],
  summary: 'depot NOWHERE is not in INVENTORY_DEPOTS',
  source: 'PEOPLEVOX',
  details: { depot: 'NOWHERE' },
};

describe('a rejected message', () => {
  it('raises the exception about its entity, to the type’s owner, naming the record', () => {
    expect(rejectionException(message, rejection, 'inventory', 'inventory/ledger')).toMatchObject({
      header: { eventId: exceptionIdOf('inventory', message), source: 'PEOPLEVOX' },
      type: 'LOCATION_UNMAPPED',
      team: 'DATA',
      entityType: 'SKU',
      entityId: 'TEE-NVY-M',
      fingerprint: 'LOCATION_UNMAPPED:SKU:TEE-NVY-M:NOWHERE',
      sourceTopic: 'wms.stock-movements.v1',
      sourcePartition: 3,
      sourceOffset: 42,
      rawPayloadRef: null,
      details: {
        depot: 'NOWHERE',
        errorCode: 'INVENTORY.DEPOT_UNMAPPED',
        consumerGroup: 'inventory',
      },
    });
  });

  it('throws, as a bug would, when the rejection is no valid exception', () => {
    const typo = { ...rejection, type: 'LOCATION_UNMAPED' as ExceptionType };
    expect(() => rejectionException(message, typo, 'inventory', 'inventory/ledger')).toThrow(
      InvalidExceptionError,
    );
  });
});
