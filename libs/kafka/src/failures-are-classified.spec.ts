import { classifyFailure, failureCode, PermanentError, TransientError } from './errors';

describe('classifyFailure', () => {
  it.each([
    [
      'our transient error',
      new TransientError('PRIMA.UNAVAILABLE', 'Prima answered 503'),
      'transient',
    ],
    ['our permanent error', new PermanentError('STOCK.IMPLAUSIBLE', 'no'), 'permanent'],
    [
      'a serialization failure',
      Object.assign(new Error('could not serialize'), { code: '40001' }),
      'transient',
    ],
    ['a deadlock', Object.assign(new Error('deadlock detected'), { code: '40P01' }), 'transient'],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      'transient',
    ],
    ['an HTTP 429', Object.assign(new Error('rate limited'), { status: 429 }), 'transient'],
    ['an HTTP 503', Object.assign(new Error('unavailable'), { status: 503 }), 'transient'],
    ['an HTTP 400', Object.assign(new Error('bad request'), { status: 400 }), 'permanent'],
    [
      'a unique violation',
      Object.assign(new Error('duplicate key'), { code: '23505' }),
      'permanent',
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'sku')"), 'permanent'],
    ['a non-error', 'boom', 'permanent'],
  ])('treats %s as %s', (_what, error, kind) => {
    expect(classifyFailure(error)).toBe(kind);
  });

  it('lets an explicit retriable flag win over everything else', () => {
    expect(classifyFailure(Object.assign(new Error('x'), { retriable: false, status: 503 }))).toBe(
      'permanent',
    );
  });

  it('names failures by code, falling back to the error name', () => {
    expect(failureCode(new PermanentError('KAFKA.UNDECODABLE', 'x'))).toBe('KAFKA.UNDECODABLE');
    expect(failureCode(new RangeError('x'))).toBe('UNCLASSIFIED.RangeError');
  });
});
