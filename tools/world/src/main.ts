/* eslint-disable no-console -- a terminal program: its output is for a person. */
import { readFile } from 'node:fs/promises';
import { parseWorldArgs, USAGE, type WorldCommand } from './args';
import { WorldApi, type WorldApiAnswer } from './world-api';

/** The world model from a shell, through reconciliation's API (`npm run world -- …`). */
async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseWorldArgs>;
  try {
    args = parseWorldArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 64;
  }
  const api = new WorldApi(
    args.url ?? process.env['PARITY_RECONCILIATION_URL'] ?? 'http://127.0.0.1:3006',
  );
  const answer = await run(api, args);
  if (!answer.ok) {
    console.error(`refused (${answer.status}); nothing changed:`);
    for (const problem of answer.problems) console.error(`  ${problem}`);
    return 1;
  }
  console.log(JSON.stringify(answer.body, null, 2));
  return 0;
}

async function run(api: WorldApi, args: WorldCommand): Promise<WorldApiAnswer> {
  switch (args.command) {
    case 'show':
      return args.version === undefined ? api.current() : api.version(args.version);
    case 'audit':
      return api.audit(args.limit);
    case 'seed':
    case 'set': {
      const document: unknown = JSON.parse(await readFile(args.file, 'utf8'));
      const stamp = { by: args.by, note: args.note, baseVersion: args.baseVersion };
      return args.command === 'seed' ? api.seed(document, stamp) : api.change(document, stamp);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
