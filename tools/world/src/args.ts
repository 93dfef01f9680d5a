import { parseArgs } from 'node:util';

export const USAGE = `usage: npm run world -- <command> [options]

  show [--version N]                     the current world (or version N), as JSON
  audit [--limit N]                      every version: who, when, why and what changed
  seed FILE --by WHO [--note WHY]        replace the whole world with a document (JSON)
  set FILE --by WHO [--note WHY] [--base-version N]
                                         apply a change set (JSON), whole or not at all

  --url URL   reconciliation's address (PARITY_RECONCILIATION_URL, else http://127.0.0.1:3006)`;

export type WorldCommand =
  | { readonly command: 'show'; readonly version?: number }
  | { readonly command: 'audit'; readonly limit: number }
  | {
      readonly command: 'seed' | 'set';
      readonly file: string;
      readonly by: string;
      readonly note?: string;
      readonly baseVersion?: number;
    };

/** The command line, or a message saying what is wrong with it. */
export function parseWorldArgs(argv: readonly string[]): { url?: string } & WorldCommand {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      version: { type: 'string' },
      limit: { type: 'string' },
      by: { type: 'string' },
      note: { type: 'string' },
      'base-version': { type: 'string' },
      url: { type: 'string' },
    },
  });
  const [command, file] = positionals;
  const number = (raw: string | undefined, name: string) => {
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} takes a whole number`);
    return Number(raw);
  };
  const url = values.url;
  if (command === 'show') return { url, command, version: number(values.version, 'version') };
  if (command === 'audit') return { url, command, limit: number(values.limit, 'limit') ?? 20 };
  if (command === 'seed' || command === 'set') {
    if (!file) throw new Error(`${command} needs a FILE`);
    if (!values.by) throw new Error(`${command} needs --by: who is changing the world`);
    return {
      url,
      command,
      file,
      by: values.by,
      note: values.note,
      baseVersion: number(values['base-version'], 'base-version'),
    };
  }
  throw new Error(command ? `unknown command ${command}` : 'no command given');
}
