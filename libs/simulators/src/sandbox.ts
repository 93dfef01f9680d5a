import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { platformAdminRoutes } from './platform/admin-routes';
import { FaultInjector } from './platform/faults';
import { Rng } from './platform/rng';
import type { SimulatorContext, VendorSimulator } from './platform/vendor-simulator';
import { WebhookSender } from './platform/webhook-sender';

export type SimulatorFactory = (context: SimulatorContext) => VendorSimulator;

export interface SandboxOptions {
  readonly seed?: number;
  readonly simulators: readonly SimulatorFactory[];
  readonly now?: () => Date;
}

export interface Sandbox {
  readonly app: Express;
  readonly context: SimulatorContext;
  readonly simulators: ReadonlyMap<string, VendorSimulator>;
  listen(port?: number, host?: string): Promise<RunningSandbox>;
  reset(): void;
}

export interface RunningSandbox {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The vendor systems, simulated over real HTTP: each simulator's API at `/<vendor>`, its admin
 * API at `/admin/<vendor>`, and the shared fault and webhook controls at `/admin`.
 */
export function createSandbox(options: SandboxOptions): Sandbox {
  const rng = new Rng(options.seed ?? 1);
  const context: SimulatorContext = {
    rng,
    faults: new FaultInjector(rng),
    webhooks: new WebhookSender(rng),
    now: options.now ?? (() => new Date()),
  };
  const app = express();
  app.disable('x-powered-by');
  const simulators = new Map<string, VendorSimulator>();
  for (const factory of options.simulators) {
    const simulator = factory(context);
    simulators.set(simulator.vendor, simulator);
    app.use(`/${simulator.vendor}`, context.faults.middleware(simulator.vendor), simulator.api);
    app.use(`/admin/${simulator.vendor}`, simulator.admin);
  }
  app.use('/admin', platformAdminRoutes(context.faults, context.webhooks));
  app.get(
    '/health',
    (_req, res) => void res.json({ status: 'ok', vendors: [...simulators.keys()] }),
  );

  const reset = () => {
    context.faults.clear();
    context.webhooks.clearFaults();
    context.webhooks.clearHistory();
    for (const simulator of simulators.values()) simulator.reset();
  };
  app.post('/admin/reset', (_req, res) => {
    reset();
    res.status(204).end();
  });

  return {
    app,
    context,
    simulators,
    reset,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        const server: Server = app.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve({
            url: `http://${host}:${address.port}`,
            close: () =>
              new Promise((done) => {
                server.closeAllConnections();
                server.close(() => done());
              }),
          });
        });
        server.once('error', reject);
      }),
  };
}
