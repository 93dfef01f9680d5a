/* eslint-disable no-console -- a generator run by hand: it reports what it wrote. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderBase } from './render';

const base = join(__dirname, '..', '..', '..', 'k8s', 'base');
for (const [path, content] of renderBase()) {
  mkdirSync(dirname(join(base, path)), { recursive: true });
  writeFileSync(join(base, path), content);
  console.log(`wrote k8s/base/${path}`);
}
