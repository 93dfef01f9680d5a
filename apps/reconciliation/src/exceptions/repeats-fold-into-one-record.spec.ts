import { foldOccurrence } from './fold-occurrence';
import type { LedgerEntry, Occurrence } from './ledger-entry';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute));

function occurrence(eventId: string, minute: number, summary = eventId): Occurrence {
  return {
    eventId,
    fingerprint: 'SKU_UNKNOWN_IN_ERP:SKU:SKU-1',
    occurredAt: at(minute),
    type: 'SKU_UNKNOWN_IN_ERP',
    team: 'DATA',
    severity: 'ERROR',
    entityType: 'SKU',
    entityId: 'SKU-1',
    evidence: {
      summary,
      sourceTopic: null,
      sourcePartition: null,
      sourceOffset: null,
      rawPayloadRef: null,
      details: {},
    },
  };
}

describe('folding exception occurrences by fingerprint', () => {
  it('opens a record on the first occurrence', () => {
    const fold = foldOccurrence(undefined, occurrence('e1', 0));
    expect(fold.kind).toBe('opened');
    expect(fold.entry).toMatchObject({
      status: 'OPEN',
      occurrences: 1,
      firstSeenAt: at(0),
      lastSeenAt: at(0),
      lastEventId: 'e1',
    });
  });

  it('counts a repeat and takes its evidence as the latest', () => {
    const opened = foldOccurrence(undefined, occurrence('e1', 0)).entry;
    const fold = foldOccurrence(opened, occurrence('e2', 5, 'again'));
    expect(fold.kind).toBe('repeated');
    expect(fold.entry).toMatchObject({
      status: 'OPEN',
      occurrences: 2,
      firstSeenAt: at(0),
      lastSeenAt: at(5),
      lastEventId: 'e2',
      evidence: { summary: 'again' },
    });
  });

  it('counts an occurrence delivered late without letting its older evidence replace newer', () => {
    const latest = foldOccurrence(undefined, occurrence('e2', 5, 'newer')).entry;
    const fold = foldOccurrence(latest, occurrence('e1', 1, 'older'));
    expect(fold.entry).toMatchObject({
      occurrences: 2,
      firstSeenAt: at(1),
      lastSeenAt: at(5),
      lastEventId: 'e2',
      evidence: { summary: 'newer' },
    });
  });

  it('keeps an acknowledged record acknowledged on a repeat', () => {
    const acknowledged: LedgerEntry = {
      ...foldOccurrence(undefined, occurrence('e1', 0)).entry,
      status: 'ACKNOWLEDGED',
      acknowledged: { by: 'jane', at: at(1), note: null },
    };
    const fold = foldOccurrence(acknowledged, occurrence('e2', 2));
    expect(fold).toMatchObject({
      kind: 'repeated',
      entry: { status: 'ACKNOWLEDGED', acknowledged: { by: 'jane' } },
    });
  });

  it('re-opens a resolved record that recurs, and counts the recurrence', () => {
    const resolved: LedgerEntry = {
      ...foldOccurrence(undefined, occurrence('e1', 0)).entry,
      status: 'RESOLVED',
      acknowledged: { by: 'jane', at: at(1), note: null },
      resolved: { by: 'bob', at: at(2), note: 'mapped the SKU' },
    };
    const fold = foldOccurrence(resolved, occurrence('e2', 9));
    expect(fold.kind).toBe('reopened');
    expect(fold.entry).toMatchObject({
      status: 'OPEN',
      occurrences: 2,
      reopenedCount: 1,
      lastReopenedAt: at(9),
      acknowledged: null,
      resolved: null,
    });
  });
});
