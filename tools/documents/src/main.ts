import { parseArgs } from 'node:util';
import { services, type ServiceName } from '@parity/launcher';

const USAGE = `npm run documents -- <command> --service <name> [options]

Operators' view of a service's outbound documents (its /documents API).

commands:
  list     documents matching the filter (--limit, --offset)
  retry    ask again for refused or cancelled ones; pending ones in backoff at once
  cancel   do not write pending or refused ones
  audit    the last operator actions
  progress where the documents of each type stand: pending, held, refused, confirmed by
           outcome (created, updated, unchanged…); --follow repeats it every --every-ms
           (5000) until none is pending, then prints the totals. Inventory's initial load
           of Prima's item master: progress --service inventory --type 'ITEM:*' --follow

filter (list, retry, cancel; retry and cancel need at least one):
  --type T  --target T  --status PENDING|CONFIRMED|REFUSED|CANCELLED  --key K (or a prefix K*)
  --id N (repeatable)

retry and cancel also need:  --by WHO  --reason WHY

  --service NAME   edge, inventory, orders, fulfilment, returns, reconciliation
  --url URL        the service's base URL instead (default http://127.0.0.1:<its port>)
`;

/** A usage problem: exit 64 (EX_USAGE) with the usage text. */
class UsageError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      service: { type: 'string' },
      url: { type: 'string' },
      type: { type: 'string' },
      target: { type: 'string' },
      status: { type: 'string' },
      key: { type: 'string' },
      id: { type: 'string', multiple: true },
      by: { type: 'string' },
      reason: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      follow: { type: 'boolean' },
      'every-ms': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 64;
  }
  const base = values.url ?? urlOf(values.service);
  const filter = Object.fromEntries(
    Object.entries({
      type: values.type,
      target: values.target,
      status: values.status,
      key: values.key,
      ids: values.id?.map(Number),
    }).filter(([, v]) => v !== undefined),
  );
  switch (command) {
    case 'list': {
      const query = new URLSearchParams(
        Object.entries({ ...filter, limit: values.limit, offset: values.offset }).flatMap(
          ([k, v]): [string, string][] => (v === undefined || k === 'ids' ? [] : [[k, String(v)]]),
        ),
      );
      const rows = await call<Record<string, unknown>[]>(`${base}/documents?${query}`);
      for (const row of rows) process.stdout.write(`${describe(row)}\n`);
      process.stdout.write(`${rows.length} documents\n`);
      return 0;
    }
    case 'progress': {
      const every = Number(values['every-ms'] ?? 5_000);
      if (!Number.isInteger(every) || every <= 0)
        throw new UsageError('--every-ms: a positive whole number');
      const query = new URLSearchParams(
        Object.entries(filter).flatMap(([k, v]): [string, string][] =>
          k === 'ids' ? [] : [[k, String(v)]],
        ),
      );
      for (;;) {
        const progress = await call<Progress[]>(`${base}/documents/progress?${query}`);
        const stamp = new Date().toISOString().slice(11, 19);
        for (const p of progress) process.stdout.write(`${stamp}  ${progressLine(p)}\n`);
        const waiting = progress.reduce((n, p) => n + p.pending, 0);
        if (!values.follow || waiting === 0) {
          process.stdout.write(`${progress.length} types, ${waiting} documents pending\n`);
          return 0;
        }
        await new Promise((wait) => setTimeout(wait, every));
      }
    }
    case 'audit': {
      const rows = await call<Record<string, unknown>[]>(`${base}/documents/audit`);
      for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
      return 0;
    }
    case 'retry':
    case 'cancel': {
      if (!values.by || !values.reason) throw new UsageError(`${command} needs --by and --reason`);
      const answer = await call<Record<string, number>>(`${base}/documents/${command}`, {
        filter,
        by: values.by,
        reason: values.reason,
      });
      process.stdout.write(`${JSON.stringify(answer)}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

function urlOf(service: string | undefined): string {
  if (service === undefined || !(service in services)) {
    throw new UsageError('name a --service (or give --url)');
  }
  return `http://127.0.0.1:${services[service as ServiceName]}`;
}

async function call<T>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} from ${url}: ${text}`);
  return JSON.parse(text) as T;
}

/** What `/documents/progress` answers per type. */
interface Progress {
  type: string;
  pending: number;
  held: number;
  refused: number;
  cancelled: number;
  confirmed: Record<string, number>;
}

function progressLine(p: Progress): string {
  const confirmed = Object.entries(p.confirmed)
    .map(([outcome, n]) => `${outcome.toLowerCase()} ${n}`)
    .join(', ');
  return `${p.type.padEnd(18)} pending ${p.pending}, held ${p.held}, refused ${p.refused}, cancelled ${p.cancelled}; confirmed: ${confirmed || 'none'}`;
}

/** One line per document: identity, state, and why it waits or failed. */
function describe(row: Record<string, unknown>): string {
  return [
    `#${row['id']}`,
    `${row['type']}`,
    `key=${row['key']}`,
    `${row['status']}${row['inFlight'] ? ' (in flight)' : ''}`,
    `attempts=${row['attempts']}`,
    `pending-since=${row['pendingSince']}`,
    row['vendorRef'] ? `vendor-ref=${row['vendorRef']}` : '',
    row['lastError'] ? `error=${String(row['lastError']).slice(0, 200)}` : '',
  ]
    .filter(Boolean)
    .join('  ');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof UsageError;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) process.stderr.write(USAGE);
    process.exit(usage ? 64 : 1);
  },
);
