import { ruleViolations } from '../avro/schema-rules';
import { loadEventSchemas, parseBundled } from '../avro/schema-sources';
import { formatTypeScript } from '../format-typescript';
import { avroDir } from '../paths';
import { renderTypeModules } from './render-types';

/**
 * Everything under src/generated, by file name, as `contracts:codegen` writes it: the schemas
 * under libs/contracts/avro are bundled, checked against Parity's conventions, and turned into
 * formatted TypeScript. Refuses to generate from a schema that breaks a convention.
 */
export async function renderGenerated(): Promise<Map<string, string>> {
  const events = loadEventSchemas(avroDir);
  const problems = events.flatMap((event) => ruleViolations(parseBundled(event), event.file));
  if (problems.length > 0) {
    throw new Error(`the schemas break Parity's conventions:\n  ${problems.join('\n  ')}`);
  }
  const files = new Map<string, string>();
  for (const [name, source] of renderTypeModules(events)) {
    files.set(name, await formatTypeScript(source));
  }
  return files;
}
