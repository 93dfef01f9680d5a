import { Topics } from '@parity/contracts';
import type { Admin } from 'kafkajs';
import { scrape, total } from './service-metrics';

export interface PipelineState {
  readonly edgeAccepted: number;
  readonly edgeRejected: number;
  readonly edgeDuplicates: number;
  readonly inventoryApplied: number;
  readonly inventoryLag: number;
  readonly exceptions: number;
}

/** What the services have done so far, from their /metrics and the inventory group's lag. */
export async function pipelineState(
  admin: Admin,
  exceptions: () => Promise<number>,
): Promise<PipelineState> {
  const [edge, inventory] = await Promise.all([scrape('edge'), scrape('inventory')]);
  const inbound = (outcome: string) => total(edge, 'parity_edge_inbound_total', { outcome });
  return {
    edgeAccepted: inbound('ACCEPTED'),
    edgeRejected: inbound('REJECTED') + inbound('UNAUTHENTICATED'),
    edgeDuplicates: inbound('DUPLICATE'),
    inventoryApplied: total(inventory, 'parity_kafka_messages_consumed_total', {
      topic: Topics.wmsStockMovementsV1.name,
    }),
    inventoryLag: await consumerLag(admin, 'parity-inventory', Topics.wmsStockMovementsV1.name),
    exceptions: await exceptions(),
  };
}

/** End offsets minus the group's committed offsets, over the topic's partitions. */
export async function consumerLag(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [ends, [committed]] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ]);
  const at = new Map((committed?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
  return ends.reduce((lag, { partition, high }) => {
    const done = at.get(partition) ?? -1;
    return lag + (done < 0 ? 0 : Math.max(0, Number(high) - done));
  }, 0);
}

export function describeState(s: PipelineState): string {
  return (
    `edge accepted ${s.edgeAccepted} (rejected ${s.edgeRejected}, duplicates ${s.edgeDuplicates})` +
    ` · inventory applied ${s.inventoryApplied}, lag ${s.inventoryLag}` +
    ` · exceptions ${s.exceptions}`
  );
}

/** What changed since `start`: the services' counters run from their process start. */
export function since(start: PipelineState, now: PipelineState): PipelineState {
  return {
    edgeAccepted: now.edgeAccepted - start.edgeAccepted,
    edgeRejected: now.edgeRejected - start.edgeRejected,
    edgeDuplicates: now.edgeDuplicates - start.edgeDuplicates,
    inventoryApplied: now.inventoryApplied - start.inventoryApplied,
    inventoryLag: now.inventoryLag,
    exceptions: now.exceptions,
  };
}
