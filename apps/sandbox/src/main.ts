import { createLogger } from '@parity/telemetry';
import { allSimulators, createSandbox } from '@parity/simulators';

/** The sandbox as a process, for `npm start` and manual testing; tests create it in-process. */
async function main(): Promise<void> {
  const log = createLogger('sandbox');
  const port = Number(process.env.SANDBOX_PORT ?? 3200);
  const sandbox = createSandbox({
    seed: Number(process.env.SANDBOX_SEED ?? 1),
    simulators: allSimulators(process.env),
  });
  const running = await sandbox.listen(port);
  log.info('sandbox.listening', { url: running.url, vendors: [...sandbox.simulators.keys()] });
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
