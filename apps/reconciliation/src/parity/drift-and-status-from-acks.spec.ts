import { assessParity } from './assess-parity';

const changedAt = new Date('2026-11-22T09:00:00Z');
const published = { ats: 10, version: 3, changedAt };
const TOLERANCE = 60_000;
const within = new Date(changedAt.getTime() + 10_000);
const after = new Date(changedAt.getTime() + TOLERANCE);

describe('drift and status of a depot × SKU', () => {
  it('is IN_PARITY when every target holds the latest figure', () => {
    const targets = [
      { ats: 10, version: 3 },
      { ats: 10, version: 4 },
    ];
    expect(assessParity(published, targets, within, TOLERANCE)).toEqual({
      drift: 0,
      status: 'IN_PARITY',
      recheckAt: null,
    });
  });

  it('is DRIFTED at once when a target acknowledged a different figure for the latest version', () => {
    const targets = [
      { ats: 10, version: 3 },
      { ats: 4, version: 3 },
    ];
    expect(assessParity(published, targets, within, TOLERANCE)).toMatchObject({
      drift: 6,
      status: 'DRIFTED',
    });
  });

  it('is PENDING while an older ack is within tolerance, and says when to look again', () => {
    expect(assessParity(published, [{ ats: 12, version: 2 }], within, TOLERANCE)).toEqual({
      drift: 0,
      status: 'PENDING',
      recheckAt: after,
    });
  });

  it('counts an older ack as drift once the tolerance has run out', () => {
    expect(assessParity(published, [{ ats: 12, version: 2 }], after, TOLERANCE)).toMatchObject({
      drift: 2,
      status: 'DRIFTED',
    });
  });

  it('takes the largest difference among the targets that count', () => {
    const targets = [
      { ats: 7, version: 3 },
      { ats: 15, version: 1 },
      { ats: null, version: null },
    ];
    expect(assessParity(published, targets, after, TOLERANCE).drift).toBe(10);
  });

  it('is in parity when a stale target still holds the same figure', () => {
    expect(assessParity(published, [{ ats: 10, version: 1 }], after, TOLERANCE).status).toBe(
      'IN_PARITY',
    );
  });

  it('is PENDING before Parity published or before any target answered', () => {
    expect(assessParity(null, [{ ats: 1, version: 1 }], after, TOLERANCE).status).toBe('PENDING');
    expect(assessParity(published, [], after, TOLERANCE).status).toBe('PENDING');
  });
});
