import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBase } from './render';

const base = join(__dirname, '..', '..', '..', 'k8s', 'base');

describe('k8s/base', () => {
  it.each([...renderBase()])(
    '%s matches its generator (run `npx nx run k8s:generate`)',
    (path, expected) => {
      expect(readFileSync(join(base, path), 'utf8')).toBe(expected);
    },
  );

  it('probes each service on its health endpoints and outlasts its drain budget', () => {
    const edge = readFileSync(join(base, 'services/edge.yaml'), 'utf8');
    expect(edge).toContain('path: /health/ready');
    expect(edge).toContain('terminationGracePeriodSeconds: 30');
  });
});
