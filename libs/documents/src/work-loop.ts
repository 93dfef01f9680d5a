import { sleep } from '@parity/resilience';
import { createLogger, errorFields } from '@parity/telemetry';

/**
 * Runs `round` until stopped: at once again while rounds find work (`busy`), else after
 * `idleMs`. A failed round is logged and retried after the idle pause, never fatal.
 */
export class WorkLoop {
  private readonly log = createLogger(WorkLoop.name);
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    readonly name: string,
    private readonly round: (signal: AbortSignal) => Promise<boolean>,
    private readonly idleMs: number,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async run(): Promise<void> {
    const { signal } = this.stopping;
    while (!signal.aborted) {
      const busy = await this.round(signal).catch((error: unknown) => {
        this.log.warn('work.loop.failed', { loop: this.name, ...errorFields(error) });
        return false;
      });
      // Aborted on stop, so shutdown does not wait out a long idle pause.
      if (!busy) await sleep(this.idleMs, signal).catch(() => undefined);
    }
  }
}
