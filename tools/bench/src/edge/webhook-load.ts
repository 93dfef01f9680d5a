import { Agent, request } from 'node:http';

export interface WebhookRequest {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface LoadResult {
  readonly sent: number;
  readonly accepted: number;
  /** Answers other than 200 (e.g. 503 while the archive is unavailable), by status. */
  readonly refused: Readonly<Record<number, number>>;
  readonly failed: number;
  readonly seconds: number;
  /** Request sent → answer received, in milliseconds, one per answered request. */
  readonly latenciesMs: readonly number[];
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly total: number;
  /** Requests in flight at once, as a vendor's delivery workers would have. */
  readonly concurrency: number;
  /** Requests per second to aim for; 0 sends as fast as the concurrency allows. */
  readonly ratePerSecond: number;
  readonly next: (index: number) => WebhookRequest;
  readonly onProgress?: (done: number) => void;
}

/**
 * Posts webhooks the way a vendor's delivery fleet does: keep-alive connections, a bounded
 * number in flight, optionally paced. Latency is measured per request from the moment it is
 * due (not when a connection frees up), so queueing inside the generator counts against the
 * service rather than hiding it.
 */
export async function postWebhooks(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latenciesMs: number[] = [];
  const refused: Record<number, number> = {};
  let [accepted, failed, nextIndex] = [0, 0, 0];
  const started = performance.now();

  const worker = async () => {
    for (;;) {
      const index = nextIndex++;
      if (index >= options.total) return;
      const dueAt =
        options.ratePerSecond > 0
          ? started + (index / options.ratePerSecond) * 1000
          : performance.now();
      const wait = dueAt - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const webhook = options.next(index);
      try {
        const status = await post(agent, url, webhook);
        latenciesMs.push(performance.now() - dueAt);
        if (status === 200) accepted += 1;
        else refused[status] = (refused[status] ?? 0) + 1;
      } catch {
        failed += 1;
      }
      options.onProgress?.(accepted + failed);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return {
    sent: options.total,
    accepted,
    refused,
    failed,
    seconds: (performance.now() - started) / 1000,
    latenciesMs,
  };
}

function post(agent: Agent, base: URL, webhook: WebhookRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(webhook.body);
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: webhook.path,
        headers: { ...webhook.headers, 'content-length': body.length },
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', reject);
    req.end(body);
  });
}
