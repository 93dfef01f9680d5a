import { fmt, say } from '../output';
import type { InventoryResult } from './inventory-result';

/** The targets for inventory on this machine. */
const TARGETS = { movementsPerSecond: 20_000, p99Ms: 250 };

/** The final table (Markdown, like the kafka-runtime bench's), its notes, and the targets. */
export function printInventoryReport(results: readonly InventoryResult[]): void {
  say();
  say(
    '| scenario | movements | seconds | movements/s | availability events/s | p50 ms | p95 ms | p99 ms | CPU % (all / bench / kafka / pg / other) | load |',
  );
  say('|---|--:|--:|--:|--:|--:|--:|--:|---|--:|');
  for (const r of results) {
    const latency = r.latencyMs
      ? [r.latencyMs.p50, r.latencyMs.p95, r.latencyMs.p99].map((ms) => fmt.int(ms))
      : ['–', '–', '–'];
    const { cpu } = r;
    const shares = [cpu.machine, cpu.bench, cpu.kafka, cpu.postgres, cpu.other]
      .map((share) => fmt.int(share))
      .join(' / ');
    const events = r.availabilityPerSecond === undefined ? '–' : fmt.int(r.availabilityPerSecond);
    say(
      `| ${r.label} | ${fmt.int(r.movements)} | ${fmt.fixed(r.seconds)} | ${fmt.int(r.movementsPerSecond)} | ${events} | ${latency.join(' | ')} | ${shares} of ${cpu.cores * 100} | ${fmt.fixed(cpu.load1, 2)} |`,
    );
  }
  say();
  for (const r of results) for (const note of r.notes) say(`- ${r.label}: ${note}`);
  say();
  const sustained = results.find((r) => r.label.includes('from process start'));
  const ceiling = results.find((r) => r.label.startsWith('ceiling'));
  const latency = results.find((r) => r.latencyMs && !r.label.includes('Prima ack'));
  const primaAck = results.find((r) => r.latencyMs && r.label.includes('Prima ack'));
  if (sustained) {
    const ok = sustained.movementsPerSecond >= TARGETS.movementsPerSecond;
    say(
      `${ok ? 'PASS' : 'MISS'}  sustained ≥ ${fmt.int(TARGETS.movementsPerSecond)} movements/s: ${fmt.int(sustained.movementsPerSecond)}`,
    );
    if (ceiling) {
      say(
        `info  sustained / ceiling (consume + decode only): ${fmt.fixed(sustained.movementsPerSecond / ceiling.movementsPerSecond, 2)}×`,
      );
    }
  }
  if (latency?.latencyMs) {
    const ok = latency.latencyMs.p99 <= TARGETS.p99Ms;
    say(
      `${ok ? 'PASS' : 'MISS'}  p99 movement → availability on Kafka ≤ ${TARGETS.p99Ms} ms: ${fmt.int(latency.latencyMs.p99)} ms`,
    );
  }
  if (primaAck?.latencyMs) {
    const ok = primaAck.latencyMs.p99 <= TARGETS.p99Ms;
    say(
      `${ok ? 'PASS' : 'MISS'}  p99 WMS event → Prima ack ≤ ${TARGETS.p99Ms} ms: ${fmt.int(primaAck.latencyMs.p99)} ms`,
    );
  }
}
