/**
 * One line per component and step, in aligned columns, e.g.
 *   kafka      up       127.0.0.1:9092  pid 1234  (12.3s)
 * The programmatic API takes a Reporter too, so a test runner can show or silence progress.
 */
export interface Reporter {
  line(subject: string, state: string, detail?: string): void;
}

/** States that end well, that are in progress and that failed; anything else prints uncoloured. */
const GOOD = new Set(['up', 'ready', 'stopped', 'wiped', 'cached', 'built', 'fetched', 'reset']);
const BUSY = new Set(['starting', 'fetching', 'building', 'stopping', 'waiting']);
const BAD = new Set(['failed', 'down', 'unhealthy', 'stale']);

export function consoleReporter(stream: NodeJS.WriteStream = process.stdout): Reporter {
  // Colour only for a human at a terminal: logs and CI captures stay plain text.
  const colour = stream.isTTY === true && !('NO_COLOR' in process.env);
  const paint = (state: string): string => {
    const padded = state.padEnd(9);
    if (!colour) return padded;
    const code = GOOD.has(state) ? 32 : BUSY.has(state) ? 33 : BAD.has(state) ? 31 : 0;
    return code === 0 ? padded : `\u001b[${code}m${padded}\u001b[0m`;
  };
  return {
    line(subject, state, detail) {
      stream.write(
        `${subject.padEnd(10)} ${paint(state)}${detail ? ` ${detail}` : ''}`.trimEnd() + '\n',
      );
    },
  };
}

export const silentReporter: Reporter = {
  line() {
    // Deliberately nothing: for callers that want the stack up without progress output.
  },
};

export function elapsed(startedAt: number): string {
  return `(${((Date.now() - startedAt) / 1000).toFixed(1)}s)`;
}
