import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from './config';
import { stateDir, writeFileAtomic } from './state';

/** Passwords of the PostgreSQL roles the stack creates, generated once per state dir. */
export interface Secrets {
  readonly parity_owner: string;
  readonly parity_app: string;
  readonly parity_registry: string;
}

/**
 * Loads <state>/secrets.json (mode 0600), creating it on first use. Hex passwords need no quoting in
 * SQL, URLs or shell. `reset` deletes the file together with the roles, so both always start over together.
 */
export function loadSecrets(config: StackConfig): Secrets {
  const file = join(stateDir(config), 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  const generate = (): string => randomBytes(24).toString('hex');
  const secrets: Secrets = {
    parity_owner: generate(),
    parity_app: generate(),
    parity_registry: generate(),
  };
  writeFileAtomic(file, JSON.stringify(secrets, null, 2) + '\n');
  return secrets;
}
