import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type JsonValue, type NamedType, type RecordType, isNamed } from './avro-type';
import { bundle } from './bundle';
import { collectDefinitions } from './named-types';
import { parseSchema } from './parse-schema';
import { SchemaError } from './schema-error';

/** One .avsc file under libs/contracts/avro, parsed. */
export interface SchemaSource {
  /** Path below the avro directory, with forward slashes: `inventory/stock-movement.v1.avsc`. */
  readonly file: string;
  readonly type: NamedType;
}

/** An event schema (a `*.v<N>.avsc` file), bundled into the self-contained form that is registered. */
export interface EventSchema {
  readonly file: string;
  readonly fullName: string;
  readonly bundled: { [key: string]: JsonValue };
}

const EVENT_FILE = /\.v\d+\.avsc$/;

/**
 * The schemas under `avroDir`: event schemas are the `*.v<N>.avsc` files; the others define
 * shared named types (EventHeader, Shipment) that events use by full name. The `released`
 * directory holds old bundled forms and is not a source.
 */
export function loadSchemaSources(avroDir: string): SchemaSource[] {
  return avscFiles(avroDir).map((path) => {
    const file = relative(avroDir, path).split(sep).join('/');
    const type = parseSchema(JSON.parse(readFileSync(path, 'utf8')) as JsonValue, file);
    if (!isNamed(type)) throw new SchemaError(file, 'the top level must be a named record or enum');
    return { file, type };
  });
}

/** Every event schema under `avroDir`, bundled, sorted by file. */
export function loadEventSchemas(avroDir: string): EventSchema[] {
  const sources = loadSchemaSources(avroDir);
  const definitions = collectDefinitions(
    sources.map((source) => ({ type: source.type, where: source.file })),
  );
  return sources
    .filter((source) => EVENT_FILE.test(source.file))
    .map(({ file, type }) => {
      if (type.kind !== 'record') throw new SchemaError(file, 'an event must be a record');
      return { file, fullName: type.fullName, bundled: bundle(type, definitions) };
    });
}

/** An event's bundled schema, parsed back: the form the registry and the generators see. */
export function parseBundled(event: EventSchema): RecordType {
  const type = parseSchema(event.bundled, event.file);
  if (type.kind !== 'record') throw new SchemaError(event.file, 'an event must be a record');
  return type;
}

function avscFiles(dir: string, top = true): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !(top && entry.isDirectory() && entry.name === 'released'))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return avscFiles(path, false);
      return entry.name.endsWith('.avsc') ? [path] : [];
    })
    .sort();
}
