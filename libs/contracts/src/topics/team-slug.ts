import type { Team } from '../generated';

/** A team as topic names and docs spell it: `RETAIL_OPS` → `retail-ops`. */
export function teamSlug(team: Team): string {
  return team.toLowerCase().replaceAll('_', '-');
}
