import { errorFields } from './logger';

describe('errorFields', () => {
  it('keeps the name, message and the cause of an error', () => {
    const cause = new Error('ECONNREFUSED 127.0.0.1:5432');
    const error = new Error('despatch note not posted', { cause });
    const fields = errorFields(error);
    expect(fields['error']).toMatchObject({ name: 'Error', message: 'despatch note not posted' });
    expect(fields['cause']).toMatchObject({ message: 'ECONNREFUSED 127.0.0.1:5432' });
  });

  it('describes a thrown non-error value instead of dropping it', () => {
    expect(errorFields('timeout')).toEqual({ error: 'timeout' });
  });
});
