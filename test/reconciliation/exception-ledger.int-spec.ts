import {
  clearanceOf,
  exceptionTopicFor,
  type IntegrationException,
  type Team,
} from '@parity/contracts';
import { unique } from '../support/unique';
import { header, ReconciliationUnderTest } from './reconciliation-under-test';

interface Exception {
  id: string;
  fingerprint: string;
  team: string;
  type: string;
  status: string;
  occurrences: number;
  firstSeenAt: string;
  lastSeenAt: string;
  lastEventId: string;
  summary: string;
  reopenedCount: number;
  acknowledged: { by: string; at: string; note: string | null } | null;
  resolved: { by: string; at: string; note: string | null } | null;
  history?: { from: string; to: string; by: string; note: string | null }[];
}
interface Page {
  items: Exception[];
  nextCursor: string | null;
}

function exception(
  fingerprint: string,
  overrides: Partial<IntegrationException> = {},
): IntegrationException {
  const sku = fingerprint.split(':').at(-1) ?? fingerprint;
  return {
    header: header('PEOPLEVOX'),
    type: 'SKU_UNKNOWN_IN_ERP',
    team: 'DATA',
    severity: 'ERROR',
    entityType: 'SKU',
    entityId: sku,
    summary: `Peoplevox reports ${sku}, which Prima lacks.`,
    fingerprint,
    sourceTopic: 'wms.stock-movements.v1',
    sourcePartition: 0,
    sourceOffset: 1,
    rawPayloadRef: null,
    details: { sku },
    clears: false,
    ...overrides,
  };
}

describe('the exception ledger', () => {
  const reconciliation = new ReconciliationUnderTest(3160);

  beforeAll(() => reconciliation.start(), 120_000);
  afterAll(() => reconciliation.stop());

  const raise = (e: IntegrationException) => reconciliation.publish(exceptionTopicFor(e.team), [e]);
  const byFingerprint = async (fingerprint: string, done: (e: Exception) => boolean) => {
    const page = await reconciliation.until<Page>(`/exceptions?limit=500`, (p) =>
      p.items.some((e) => e.fingerprint === fingerprint && done(e)),
    );
    return page.items.find((e) => e.fingerprint === fingerprint) as Exception;
  };

  it('folds repeats of a fingerprint into one record with a count, and ignores a redelivered event', async () => {
    const fingerprint = `SKU_UNKNOWN_IN_ERP:SKU:${unique('SKU')}`;
    const first = exception(fingerprint, { header: header('PEOPLEVOX', Date.now() - 60_000) });
    await raise(first);
    await byFingerprint(fingerprint, (e) => e.occurrences === 1);
    const repeat = exception(fingerprint, { summary: 'seen again' });
    // The same event twice (a producer retry) counts once.
    await raise(repeat);
    await raise(repeat);
    await raise(exception(fingerprint));
    const folded = await byFingerprint(fingerprint, (e) => e.occurrences === 3);
    await new Promise((wait) => setTimeout(wait, 2_000));
    const settled = await reconciliation.api<Exception>(`/exceptions/${folded.id}`);
    expect(settled.body).toMatchObject({
      fingerprint,
      status: 'OPEN',
      occurrences: 3,
      firstSeenAt: new Date(first.header.occurredAt).toISOString(),
    });
    expect(settled.body.lastSeenAt > settled.body.firstSeenAt).toBe(true);
    const all = await reconciliation.api<Page>('/exceptions?limit=500&team=DATA');
    expect(all.body.items.filter((e) => e.fingerprint === fingerprint)).toHaveLength(1);
  });

  it('records who acknowledged and resolved, refuses invalid transitions, and re-opens on recurrence', async () => {
    const fingerprint = `SKU_UNKNOWN_IN_ERP:SKU:${unique('SKU')}`;
    await raise(exception(fingerprint));
    const { id } = await byFingerprint(fingerprint, () => true);

    const resolvedEarly = await reconciliation.api(`/exceptions/${id}/acknowledge`, { by: '' });
    expect(resolvedEarly.status).toBe(400);
    const acknowledged = await reconciliation.api<Exception>(`/exceptions/${id}/acknowledge`, {
      by: 'jane@retailer.example',
      note: 'looking at it',
    });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledged: { by: 'jane@retailer.example', note: 'looking at it' },
    });
    const again = await reconciliation.api<{ message: string }>(`/exceptions/${id}/acknowledge`, {
      by: 'bob',
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/cannot acknowledge an exception that is ACKNOWLEDGED/);

    const resolved = await reconciliation.api<Exception>(`/exceptions/${id}/resolve`, {
      by: 'bob@retailer.example',
    });
    expect(resolved.body).toMatchObject({
      status: 'RESOLVED',
      acknowledged: { by: 'jane@retailer.example' },
      resolved: { by: 'bob@retailer.example', note: null },
    });
    expect(Date.parse(resolved.body.resolved?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect((await reconciliation.api(`/exceptions/${id}/resolve`, { by: 'bob' })).status).toBe(409);
    expect((await reconciliation.api(`/exceptions/${id}/acknowledge`, { by: 'x' })).status).toBe(
      409,
    );
    expect((await reconciliation.api(`/exceptions/999999999999/resolve`, { by: 'x' })).status).toBe(
      404,
    );
    expect((await reconciliation.api(`/exceptions/not-an-id`)).status).toBe(404);

    await raise(exception(fingerprint, { summary: 'it came back' }));
    const reopened = await byFingerprint(fingerprint, (e) => e.status === 'OPEN');
    expect(reopened).toMatchObject({
      id,
      occurrences: 2,
      reopenedCount: 1,
      summary: 'it came back',
      acknowledged: null,
      resolved: null,
    });
    const detail = await reconciliation.api<Exception>(`/exceptions/${id}`);
    expect(detail.body.history?.map((t) => [t.from, t.to, t.by])).toEqual([
      ['OPEN', 'ACKNOWLEDGED', 'jane@retailer.example'],
      ['ACKNOWLEDGED', 'RESOLVED', 'bob@retailer.example'],
      ['RESOLVED', 'OPEN', 'PARITY'],
    ]);
  });

  it('resolves a record when its producer clears the problem, and ignores a clearance of nothing', async () => {
    const fingerprint = `SKU_UNKNOWN_IN_ERP:SKU:${unique('CLR')}`;
    const raised = exception(fingerprint);
    await raise(raised);
    const { id } = await byFingerprint(fingerprint, () => true);
    const cleared = clearanceOf(raised, {
      eventId: `${raised.header.eventId}:cleared`,
      summary: 'Prima has the item now',
      occurredAt: Date.now(),
    });
    await raise(cleared);
    await raise(cleared); // redelivered: changes nothing
    const resolved = await byFingerprint(fingerprint, (e) => e.status === 'RESOLVED');
    expect(resolved).toMatchObject({
      id,
      occurrences: 1,
      resolved: { by: 'PARITY', note: 'cleared: Prima has the item now' },
    });

    // A clearance whose problem was never raised opens nothing; a later raise is the marker.
    const never = `SKU_UNKNOWN_IN_ERP:SKU:${unique('NVR')}`;
    await raise(
      clearanceOf(exception(never), {
        eventId: unique('clr'),
        summary: 'x',
        occurredAt: Date.now(),
      }),
    );
    await raise(exception(never, { summary: 'now it is a problem' }));
    const opened = await byFingerprint(never, () => true);
    expect(opened).toMatchObject({ status: 'OPEN', occurrences: 1, reopenedCount: 0 });
  });

  it('consumes every team topic and filters by team, type and status, page by page', async () => {
    const tag = unique('T');
    const teams: Team[] = ['FINANCE', 'WAREHOUSE', 'RETAIL_OPS', 'DATA', 'PLATFORM'];
    const raised = teams.map((team) =>
      exception(`TOTALS_MISMATCH:SKU:${tag}-${team}`, { team, type: 'TOTALS_MISMATCH' }),
    );
    raised.push(
      exception(`ORPHAN_RECEIPT:SKU:${tag}-W2`, { team: 'WAREHOUSE', type: 'ORPHAN_RECEIPT' }),
    );
    for (const e of raised) await raise(e);
    const mine = (page: Page) => page.items.filter((e) => e.fingerprint.includes(tag));
    await reconciliation.until<Page>(
      '/exceptions?limit=500',
      (p) => mine(p).length === raised.length,
    );

    const warehouse = await reconciliation.api<Page>('/exceptions?team=WAREHOUSE&limit=500');
    expect(
      mine(warehouse.body)
        .map((e) => e.type)
        .sort(),
    ).toEqual(['ORPHAN_RECEIPT', 'TOTALS_MISMATCH']);
    const orphans = await reconciliation.api<Page>(
      '/exceptions?type=ORPHAN_RECEIPT&team=WAREHOUSE&limit=500',
    );
    expect(mine(orphans.body).map((e) => e.fingerprint)).toEqual([`ORPHAN_RECEIPT:SKU:${tag}-W2`]);

    const finance = mine(
      (await reconciliation.api<Page>('/exceptions?team=FINANCE&limit=500')).body,
    );
    await reconciliation.api(`/exceptions/${finance[0]?.id}/resolve`, { by: 'fin' });
    const resolved = await reconciliation.api<Page>(
      '/exceptions?status=RESOLVED&team=FINANCE&limit=500',
    );
    expect(mine(resolved.body).map((e) => e.team)).toEqual(['FINANCE']);
    const open = await reconciliation.api<Page>('/exceptions?status=OPEN&limit=500');
    expect(mine(open.body)).toHaveLength(raised.length - 1);

    // Keyset pages: newest first, no record twice, each page starting after the last.
    const first = await reconciliation.api<Page>('/exceptions?limit=2');
    const second = await reconciliation.api<Page>(
      `/exceptions?limit=2&cursor=${first.body.nextCursor}`,
    );
    const ids = [...first.body.items, ...second.body.items].map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(4);

    const bad = await reconciliation.api<{ message: string[] }>(
      '/exceptions?team=SALES&limit=0&cursor=zz',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message.join('\n')).toMatch(/team:[\s\S]*limit:[\s\S]*cursor:/);
  });

  it('documents its API in OpenAPI', async () => {
    const { status, body } = await reconciliation.api<{
      openapi: string;
      paths: Record<string, unknown>;
    }>('/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/exceptions',
        '/exceptions/{id}',
        '/exceptions/{id}/acknowledge',
        '/exceptions/{id}/resolve',
        '/parity',
        '/parity/summary',
        '/sweeps',
      ]),
    );
  });
});
