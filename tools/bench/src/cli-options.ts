/** A bad command line: main prints the usage and exits 2. */
export class UsageError extends Error {}

interface NumberOption {
  readonly default: number;
  readonly min: number;
}

interface ListOption<S extends string> {
  readonly default: readonly S[];
  readonly oneOf: readonly S[];
}

/** Each option's default and bounds; integers and comma-separated choice lists only. */
export type OptionSpec<T> = {
  readonly [K in keyof T]: T[K] extends number
    ? NumberOption
    : T[K] extends readonly (infer S extends string)[]
      ? ListOption<S>
      : never;
};

/** Parses `--kebab-name value` or `--kebab-name=value` into `camelName`, rejecting the unknown. */
export function parseOptions<T>(spec: OptionSpec<T>, args: readonly string[]): T {
  const options = spec as Readonly<Record<string, NumberOption | ListOption<string>>>;
  const result: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) result[name] = option.default;
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(args[i] ?? '');
    if (!match?.[1]) throw new UsageError(`unexpected argument: ${args[i]}`);
    const flag = match[1];
    const name = flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const option = options[name];
    if (!option) throw new UsageError(`unknown option: --${flag}`);
    const raw = match[2] ?? args[++i];
    if (raw === undefined) throw new UsageError(`--${flag} needs a value`);
    result[name] =
      'oneOf' in option ? parseList(flag, raw, option) : parseNumber(flag, raw, option);
  }
  return result as T;
}

function parseNumber(flag: string, raw: string, option: NumberOption): number {
  // "1,000,000" and "1_000_000" read like the docs; both mean a million.
  const value = Number(raw.replace(/[,_]/g, ''));
  if (!Number.isInteger(value) || value < option.min) {
    throw new UsageError(`--${flag} must be an integer of at least ${option.min}, not ${raw}`);
  }
  return value;
}

function parseList(flag: string, raw: string, option: ListOption<string>): string[] {
  const values = raw.split(',').filter(Boolean);
  const unknown = values.filter((value) => !option.oneOf.includes(value));
  if (values.length === 0 || unknown.length > 0) {
    throw new UsageError(`--${flag} takes some of ${option.oneOf.join(',')}, not ${raw}`);
  }
  return values;
}
