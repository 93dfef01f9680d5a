import { worldProblems } from './validate-world';
import { sampleWorld } from './sample-world.fixture';
import { emptyWorld } from './world-tables';

describe('a consistent world', () => {
  it('has no problems, and neither has the empty world', () => {
    expect(worldProblems(sampleWorld)).toEqual([]);
    expect(worldProblems(emptyWorld)).toEqual([]);
  });
});
