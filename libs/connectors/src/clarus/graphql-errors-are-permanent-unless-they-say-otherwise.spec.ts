import { classifyGraphqlErrors } from './clarus-graphql';

describe('classifyGraphqlErrors', () => {
  it('treats a refused query as permanent', () => {
    expect(classifyGraphqlErrors([{ message: 'Cannot query field "x"' }])).toBe(
      'CONNECTOR.REJECTED',
    );
    expect(
      classifyGraphqlErrors([{ message: 'Too many', extensions: { category: 'validation' } }]),
    ).toBe('CONNECTOR.REJECTED');
  });

  it('believes an error that says it is transient, in Apollo or Lighthouse style', () => {
    expect(
      classifyGraphqlErrors([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]),
    ).toBe('CONNECTOR.SERVER_ERROR');
    expect(classifyGraphqlErrors([{ message: 'x', extensions: { category: 'throttled' } }])).toBe(
      'CONNECTOR.RATE_LIMITED',
    );
    expect(
      classifyGraphqlErrors([
        { message: 'bad field' },
        { message: 'x', extensions: { code: 'UNAUTHENTICATED' } },
      ]),
    ).toBe('CONNECTOR.UNAUTHORIZED');
  });
});
