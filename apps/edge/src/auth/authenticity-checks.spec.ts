import { allOf, basicAuth, headersMatch, ipAllowList, pathSecret } from './authenticity';

const request = (over: Partial<Parameters<ReturnType<typeof pathSecret>>[0]> = {}) => ({
  headers: {},
  remoteAddress: '127.0.0.1',
  pathSecret: undefined,
  ...over,
});

describe('authenticity checks', () => {
  it('accepts only the configured path secret', () => {
    const check = pathSecret('s3cret-token');
    expect(check(request({ pathSecret: 's3cret-token' }))).toBeUndefined();
    expect(check(request({ pathSecret: 's3cret-tokeN' }))).toBe('path secret mismatch');
    expect(check(request({ pathSecret: 'short' }))).toBe('path secret mismatch');
    expect(check(request())).toBe('path secret mismatch');
  });

  it('checks HTTP Basic credentials', () => {
    const check = basicAuth('sitoo', 'pw');
    const good = `Basic ${Buffer.from('sitoo:pw').toString('base64')}`;
    expect(check(request({ headers: { authorization: good } }))).toBeUndefined();
    expect(check(request({ headers: { authorization: 'Basic eDp5' } }))).toMatch(/mismatch/);
    expect(check(request())).toBe('no Authorization header');
  });

  it('requires vendor headers to carry expected values', () => {
    const check = headersMatch({ 'X-ClarusWMS-Subdomain': ['acme'] });
    expect(check(request({ headers: { 'x-claruswms-subdomain': 'acme' } }))).toBeUndefined();
    expect(check(request({ headers: { 'x-claruswms-subdomain': 'evil' } }))).toMatch(
      /not an expected/,
    );
    expect(check(request())).toMatch(/missing/);
  });

  it('allows listed addresses and subnets, IPv4-mapped IPv6 included', () => {
    const check = ipAllowList(['10.1.0.0/16', '192.0.2.7']);
    expect(check(request({ remoteAddress: '10.1.200.3' }))).toBeUndefined();
    expect(check(request({ remoteAddress: '::ffff:192.0.2.7' }))).toBeUndefined();
    expect(check(request({ remoteAddress: '10.2.0.1' }))).toMatch(/not on the allow-list/);
  });

  it('combines checks and reports the first failure', () => {
    const check = allOf(pathSecret('a'), undefined, ipAllowList(['127.0.0.1']));
    expect(check(request({ pathSecret: 'a' }))).toBeUndefined();
    expect(check(request({ pathSecret: 'a', remoteAddress: '10.0.0.1' }))).toMatch(/allow-list/);
  });
});
