import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { HOST, type Port } from './config';
import { describeError, StackError } from './errors';

/** A health probe: resolves when healthy, throws (with the reason) when not. */
type Probe = () => Promise<void>;

/**
 * Polls `probe` until it passes or `timeoutMs` runs out. `died` lets the caller stop waiting as soon as the
 * process it just started exits, instead of sitting out the whole timeout.
 */
export async function waitUntilHealthy(
  probe: Probe,
  options: { timeoutMs: number; died?: Promise<string>; what: string },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let death: string | undefined;
  void options.died?.then((how) => (death = how));
  let lastError = 'no probe finished';
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      lastError = describeError(error);
    }
    if (death !== undefined) throw new StackError(`${options.what} ${death} while starting`);
    if (Date.now() >= deadline) {
      throw new StackError(
        `${options.what} not healthy after ${Math.round(options.timeoutMs / 1000)}s (last check: ${lastError}); ` +
          'raise PARITY_UP_TIMEOUT (seconds) if the machine is just slow',
      );
    }
    await sleep(500);
  }
}

/** Passes once the port accepts a TCP connection on the loopback address. */
export function tcpProbe(port: number, timeoutMs = 1_000): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const socket = createConnection({ host: HOST, port, timeout: timeoutMs });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error(`${HOST}:${port} did not answer within ${timeoutMs}ms`));
    });
    socket.once('error', (error) => reject(new Error(`${HOST}:${port}: ${describeError(error)}`)));
  });
}

/** Passes on HTTP 200 from a GET. */
export async function httpProbe(url: string, timeoutMs = 2_000): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    // fetch hides the interesting part (ECONNREFUSED, timeout) in `cause`.
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new Error(`GET ${url}: ${describeError(cause)}`);
  }
  await response.body?.cancel();
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
}

/**
 * Fails fast, before starting a server, when another program already holds one of its ports; otherwise the
 * new server would die with a bind error buried in its log, or worse, the health check would pass against the other program.
 */
export async function assertPortsFree(what: string, ports: readonly Port[]): Promise<void> {
  for (const { envVar, port } of ports) {
    const taken = await tcpProbe(port, 500).then(
      () => true,
      () => false,
    );
    if (taken) {
      throw new StackError(
        `${what}: port ${port} on ${HOST} is already in use by another process; stop it or set ${envVar} to a free port`,
      );
    }
  }
}
