import { nextAmendmentReference, orderNumberOf } from './amendment-reference';

describe('amendment references', () => {
  it('count up from the order number, one amendment at a time', () => {
    expect(nextAmendmentReference('SO000123')).toBe('SO000123-A1');
    expect(nextAmendmentReference('SO000123-A1')).toBe('SO000123-A2');
    expect(nextAmendmentReference('SO000123-A9')).toBe('SO000123-A10');
  });

  it('lead back to the order number they were placed for', () => {
    expect(orderNumberOf('SO000123-A10')).toBe('SO000123');
    expect(orderNumberOf('SO000123')).toBe('SO000123');
  });

  it('read a suffix that is not an amendment count as part of the number', () => {
    expect(nextAmendmentReference('SO-A0')).toBe('SO-A0-A1');
    expect(orderNumberOf('SO-A0')).toBe('SO-A0');
  });
});
