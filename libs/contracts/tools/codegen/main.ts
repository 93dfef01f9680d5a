/* eslint-disable no-console -- a generator run by hand: it reports what it wrote. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from '../paths';
import { renderGenerated } from './generate';

async function main(): Promise<void> {
  const files = await renderGenerated();
  mkdirSync(generatedDir, { recursive: true });
  for (const stale of readdirSync(generatedDir).filter((name) => !files.has(name))) {
    rmSync(join(generatedDir, stale));
    console.log(`removed libs/contracts/src/generated/${stale}`);
  }
  for (const [name, content] of files) {
    writeFileSync(join(generatedDir, name), content);
    console.log(`wrote libs/contracts/src/generated/${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
