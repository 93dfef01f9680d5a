/** One key of a merge join: present on the left, the right, or both. */
export interface Joined<L, R> {
  readonly key: string;
  readonly left: L | undefined;
  readonly right: R | undefined;
}

export class OutOfOrderError extends Error {}

/**
 * Full outer merge join of two streams sorted by key (strictly ascending, code-point order):
 * holds one row of each at a time, so memory stays constant however long they are. A stream
 * out of order would silently pair the wrong rows, so it stops the join instead.
 */
export async function* mergeJoin<L, R>(
  left: AsyncIterable<L>,
  right: AsyncIterable<R>,
  leftKey: (row: L) => string,
  rightKey: (row: R) => string,
): AsyncGenerator<Joined<L, R>> {
  const lefts = ordered(left, leftKey, 'left');
  const rights = ordered(right, rightKey, 'right');
  try {
    let l = await lefts.next();
    let r = await rights.next();
    while (!l.done || !r.done) {
      if (r.done || (!l.done && l.value.key < r.value.key)) {
        const { key, row } = l.value as Keyed<L>;
        yield { key, left: row, right: undefined };
        l = await lefts.next();
      } else if (l.done || r.value.key < l.value.key) {
        yield { key: r.value.key, left: undefined, right: r.value.row };
        r = await rights.next();
      } else {
        yield { key: l.value.key, left: l.value.row, right: r.value.row };
        l = await lefts.next();
        r = await rights.next();
      }
    }
  } finally {
    // Close both sources when the join stops early (a failure, or a consumer that stopped),
    // so a source holding a cursor or a file releases it.
    await Promise.allSettled([lefts.return(undefined), rights.return(undefined)]);
  }
}

interface Keyed<T> {
  readonly key: string;
  readonly row: T;
}

async function* ordered<T>(
  rows: AsyncIterable<T>,
  keyOf: (row: T) => string,
  side: string,
): AsyncGenerator<Keyed<T>> {
  let previous: string | undefined;
  for await (const row of rows) {
    const key = keyOf(row);
    if (previous !== undefined && key <= previous) {
      throw new OutOfOrderError(
        `${side} stream is not in ascending key order: ${key} after ${previous}`,
      );
    }
    previous = key;
    yield { key, row };
  }
}
