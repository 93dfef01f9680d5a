import type { ClaimedDocument } from './document';
import { answerOfFailure, writeOneByOne } from './answers';

const document = (key: string) => ({ key, payload: {} }) as ClaimedDocument<object>;
const vendorError = (code: string, retriable: boolean, extra: object = {}) =>
  Object.assign(new Error(`prima create: ${code}`), { code, retriable, ...extra });

describe('a write that threw', () => {
  it('is refused only when the vendor refused it, with its words and code', () => {
    const answer = answerOfFailure(
      document('a'),
      vendorError('CONNECTOR.REJECTED', false, { responseBody: '(E:194) no valid lines' }),
    );
    expect(answer).toMatchObject({
      kind: 'REFUSED',
      reason: '(E:194) no valid lines',
      code: 'CONNECTOR.REJECTED',
    });
  });

  it("is retried when the vendor is down or busy, keeping the vendor's Retry-After", () => {
    const answer = answerOfFailure(
      document('a'),
      vendorError('CONNECTOR.RATE_LIMITED', true, { retryAfterMs: 2_000 }),
    );
    expect(answer).toMatchObject({ kind: 'RETRY', retryAfterMs: 2_000 });
  });

  it('is retried when the credential was refused: it needs a person, then it goes through', () => {
    expect(answerOfFailure(document('a'), vendorError('CONNECTOR.UNAUTHORIZED', false)).kind).toBe(
      'RETRY',
    );
  });

  it('is retried when the failure is not a vendor answer at all (a bug, a dropped socket)', () => {
    expect(answerOfFailure(document('a'), new TypeError('x is undefined')).kind).toBe('RETRY');
    expect(answerOfFailure(document('a'), 'socket hang up').kind).toBe('RETRY');
  });
});

describe('writing one document per call', () => {
  it('classifies each failure on its own and hands back what was not sent at shutdown', async () => {
    const stopping = new AbortController();
    const answers = await writeOneByOne(
      [document('a'), document('b'), document('c')],
      stopping.signal,
      async (d) => {
        if (d.key === 'b') {
          stopping.abort();
          throw vendorError('CONNECTOR.SERVER_ERROR', true);
        }
        return { kind: 'CONFIRMED', document: d, answeredAt: 1 };
      },
    );
    expect(answers.map((a) => [a.document.key, a.kind])).toEqual([
      ['a', 'CONFIRMED'],
      ['b', 'RETRY'],
      ['c', 'RETRY'],
    ]);
  });
});
