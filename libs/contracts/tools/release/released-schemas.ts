import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonValue } from '../avro/avro-type';
import type { EventSchema } from '../avro/schema-sources';

/**
 * The released form of each event schema: the bundled schema as it was when it last shipped,
 * one file per Avro full name. The registry holds it as the subject's latest version, so the
 * current schema must stay BACKWARD-compatible with it (schema-evolution.int-spec.ts).
 */
export function renderReleased(events: readonly EventSchema[]): Map<string, string> {
  return new Map(
    events.map((event) => [
      `${event.fullName}.avsc`,
      `${JSON.stringify(event.bundled, null, 2)}\n`,
    ]),
  );
}

/** The released schemas under `dir`, by Avro full name. */
export function readReleased(dir: string): Map<string, JsonValue> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.avsc'))
      .map((file) => [
        file.slice(0, -'.avsc'.length),
        JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonValue,
      ]),
  );
}
