import { verifyClarusHeaders } from './clarus-headers';

const expected = { subdomain: 'acme', automationIds: ['automation-17'] };
const genuine = {
  'x-claruswms-domain': 'acme.claruswms.co.uk',
  'x-claruswms-api-domain': 'clarus-api.com',
  'x-claruswms-subdomain': 'acme',
  'x-claruswms-automation-id': 'automation-17',
};

describe('verifyClarusHeaders', () => {
  it('accepts a configured automation of this domain', () => {
    expect(verifyClarusHeaders(genuine, expected)).toEqual({
      ok: true,
      automationId: 'automation-17',
    });
  });

  it.each([
    [{ 'x-claruswms-domain': undefined }, 'X-ClarusWMS-Domain', 'missing'],
    [{ 'x-claruswms-api-domain': '' }, 'X-ClarusWMS-API-Domain', 'missing'],
    [{ 'x-claruswms-subdomain': 'other' }, 'X-ClarusWMS-Subdomain', 'not this Clarus domain'],
    [
      { 'x-claruswms-automation-id': 'automation-99' },
      'X-ClarusWMS-Automation-ID',
      'not a configured automation',
    ],
    [
      { 'x-claruswms-automation-id': ['automation-17', 'automation-17'] },
      'X-ClarusWMS-Automation-ID',
      'missing',
    ],
  ])('names the failing header (%o)', (override, header, reason) => {
    expect(verifyClarusHeaders({ ...genuine, ...override }, expected)).toEqual({
      ok: false,
      header,
      reason,
    });
  });

  it('does not take the request header X-Clarus-Subdomain for the webhook one', () => {
    const { 'x-claruswms-subdomain': _, ...rest } = genuine;
    expect(verifyClarusHeaders({ ...rest, 'x-clarus-subdomain': 'acme' }, expected)).toMatchObject({
      ok: false,
      header: 'X-ClarusWMS-Subdomain',
    });
  });
});
