/* eslint-disable no-console -- a generator run by hand: it reports what it wrote. */
import { writeFileSync } from 'node:fs';
import { topicsDocPath } from '../paths';
import { renderTopicsDoc } from './render-topics-doc';

writeFileSync(topicsDocPath, renderTopicsDoc());
console.log('wrote docs/topics.md');
