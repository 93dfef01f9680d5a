import { join } from 'node:path';

/** Where the contracts' sources and generated outputs live. */
export const contractsRoot = join(__dirname, '..');
export const workspaceRoot = join(contractsRoot, '..', '..');
export const avroDir = join(contractsRoot, 'avro');
/** The last released form of each event schema, bundled; see release/main.ts. */
export const releasedDir = join(avroDir, 'released');
export const generatedDir = join(contractsRoot, 'src', 'generated');
export const topicsDocPath = join(workspaceRoot, 'docs', 'topics.md');
