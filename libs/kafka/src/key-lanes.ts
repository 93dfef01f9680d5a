/**
 * Splits a partition's batch into `lanes` lists so that every message of one key lands in
 * the same lane, in its original order. Lanes then run concurrently: different keys proceed
 * in parallel, one key never overtakes itself.
 */
export function splitIntoLanes<M>(
  messages: readonly M[],
  keyOf: (message: M) => string,
  lanes: number,
): M[][] {
  const result: M[][] = Array.from({ length: Math.max(1, lanes) }, () => []);
  for (const message of messages) {
    result[laneOf(keyOf(message), result.length)]?.push(message);
  }
  return result.filter((lane) => lane.length > 0);
}

// FNV-1a: cheap, stable across processes, and spreads similar SKUs well.
function laneOf(key: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % lanes;
}
