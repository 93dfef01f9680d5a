import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('passes through a result that arrives in time', async () => {
    await expect(withTimeout(Promise.resolve('ok'), 1_000, 'Kafka')).resolves.toBe('ok');
  });

  it('rejects naming the dependency when the work overruns', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withTimeout(never, 10, 'Kafka')).rejects.toThrow(
      'Kafka did not answer within 10 ms',
    );
  });

  it('passes through the work’s own failure', async () => {
    await expect(withTimeout(Promise.reject(new Error('refused')), 1_000, 'Kafka')).rejects.toThrow(
      'refused',
    );
  });
});
