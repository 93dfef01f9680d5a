import { exceptionOwners } from '../exceptions/exception-owners';
import { exceptionSamples } from './exception.samples';

describe('the sample exception of each team topic', () => {
  it.each(Object.entries(exceptionSamples))(
    'on %s is one its type routes there',
    (team, sample) => {
      expect(exceptionOwners[sample.type]).toEqual({ team, severity: sample.severity });
    },
  );
});
