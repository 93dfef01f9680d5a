import type { DriverContext } from './driver-context';

/** JSON cut off mid-object, as a proxy truncating a request would leave it. */
const TRUNCATED_BODY = '{"events":[{"event_id":"';

/**
 * Posts a broken body straight to edge's webhook URL, when one is configured; edge must archive
 * it, answer 4xx and raise it, never drop it. Without a URL the payload is counted as skipped.
 */
export async function plantMalformedPayload(ctx: DriverContext): Promise<void> {
  const target = ctx.config.edgeWebhook;
  if (!target) {
    ctx.tally.malformedSkipped += 1;
    return;
  }
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: TRUNCATED_BODY,
  });
  await response.arrayBuffer();
  ctx.tally.badData.malformedPayload += 1;
}
