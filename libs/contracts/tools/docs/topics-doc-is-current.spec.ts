import { readFileSync } from 'node:fs';
import { topicsDocPath } from '../paths';
import { DOC_HEADER, renderTopicsDoc } from './render-topics-doc';

describe('docs/topics.md', () => {
  it('matches the topic catalog (run `npx nx run contracts:docs`)', () => {
    expect(readFileSync(topicsDocPath, 'utf8')).toBe(renderTopicsDoc());
  });

  it('says it is generated, and by what', () => {
    expect(renderTopicsDoc().startsWith(DOC_HEADER)).toBe(true);
    expect(DOC_HEADER).toContain('npx nx run contracts:docs');
  });
});
