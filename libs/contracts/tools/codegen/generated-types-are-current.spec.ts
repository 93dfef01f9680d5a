import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from '../paths';
import { renderGenerated } from './generate';

describe('libs/contracts/src/generated', () => {
  let expected: Map<string, string>;
  beforeAll(async () => {
    expected = await renderGenerated();
  });

  it('holds exactly the files the generator writes (run `npx nx run contracts:codegen`)', () => {
    expect(readdirSync(generatedDir).sort()).toEqual([...expected.keys()].sort());
  });

  it('matches the schemas in libs/contracts/avro (run `npx nx run contracts:codegen`)', () => {
    for (const [name, content] of expected) {
      expect({ name, content: readFileSync(join(generatedDir, name), 'utf8') }).toEqual({
        name,
        content,
      });
    }
  });
});
