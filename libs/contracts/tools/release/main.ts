/* eslint-disable no-console -- a tool run by hand: it reports what it wrote. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEventSchemas } from '../avro/schema-sources';
import { avroDir, releasedDir } from '../paths';
import { renderReleased } from './released-schemas';

/*
 * Records the current schemas as released. Run it when a release that changes a schema has
 * shipped (its schemas are registered in production), and commit the result: from then on the
 * schemas must stay BACKWARD-compatible with these.
 */
const files = renderReleased(loadEventSchemas(avroDir));
mkdirSync(releasedDir, { recursive: true });
for (const gone of readdirSync(releasedDir).filter((file) => !files.has(file))) {
  rmSync(join(releasedDir, gone));
  console.log(`removed libs/contracts/avro/released/${gone}`);
}
for (const [file, content] of files) {
  writeFileSync(join(releasedDir, file), content);
  console.log(`wrote libs/contracts/avro/released/${file}`);
}
