import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'prettier';
import * as estree from 'prettier/plugins/estree';
import * as typescript from 'prettier/plugins/typescript';
import { format } from 'prettier/standalone';
import { workspaceRoot } from './paths';

/**
 * Formats generated TypeScript the way `prettier --check .` expects it. Prettier's standalone
 * build is used because its main entry loads plugins by dynamic import, which Jest's CommonJS
 * runtime cannot do; the workspace's .prettierrc is read directly for the same reason.
 */
export async function formatTypeScript(source: string): Promise<string> {
  const config = JSON.parse(readFileSync(join(workspaceRoot, '.prettierrc'), 'utf8')) as Options;
  return format(source, { ...config, parser: 'typescript', plugins: [estree, typescript] });
}
