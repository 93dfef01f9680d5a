import type { ExceptionStatus, LedgerEntry } from './ledger-entry';
import { transition } from './transitions';

const stamp = { by: 'jane@retailer.example', at: new Date('2026-11-22T09:00:00Z'), note: 'on it' };

function entry(status: ExceptionStatus): LedgerEntry {
  return {
    fingerprint: 'f',
    type: 'STOCK_DRIFT',
    team: 'WAREHOUSE',
    severity: 'ERROR',
    entityType: 'SKU',
    entityId: 'SKU-1',
    status,
    occurrences: 1,
    firstSeenAt: stamp.at,
    lastSeenAt: stamp.at,
    lastEventId: 'e1',
    evidence: {
      summary: 's',
      sourceTopic: null,
      sourcePartition: null,
      sourceOffset: null,
      rawPayloadRef: null,
      details: {},
    },
    reopenedCount: 0,
    lastReopenedAt: null,
    acknowledged: null,
    resolved: null,
  };
}

describe('exception status transitions', () => {
  it('acknowledges an open exception, stamping who, when and why', () => {
    const result = transition(entry('OPEN'), 'acknowledge', stamp);
    expect(result).toMatchObject({
      ok: true,
      from: 'OPEN',
      entry: { status: 'ACKNOWLEDGED', acknowledged: stamp },
    });
  });

  it('resolves an acknowledged or an open exception', () => {
    for (const from of ['OPEN', 'ACKNOWLEDGED'] as const) {
      expect(transition(entry(from), 'resolve', stamp)).toMatchObject({
        ok: true,
        entry: { status: 'RESOLVED', resolved: stamp },
      });
    }
  });

  it.each([
    ['acknowledge', 'ACKNOWLEDGED'],
    ['acknowledge', 'RESOLVED'],
    ['resolve', 'RESOLVED'],
  ] as const)('refuses to %s an exception that is %s, saying why', (action, status) => {
    const result = transition(entry(status), action, stamp);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining(`cannot ${action} an exception that is ${status}`),
    });
  });
});
