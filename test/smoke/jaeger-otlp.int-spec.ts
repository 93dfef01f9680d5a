import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';

interface JaegerTracesResponse {
  data: { traceID: string; spans: { operationName: string }[] }[];
}

async function findTraces(service: string): Promise<JaegerTracesResponse['data']> {
  const url = new URL('/api/traces', stackEnv('JAEGER_QUERY_URL'));
  url.search = new URLSearchParams({ service, limit: '10', lookback: '1h' }).toString();
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (response.status === 404 || response.status === 400) return [];
  if (!response.ok) throw new Error(`Jaeger query answered HTTP ${response.status}`);
  return ((await response.json()) as JaegerTracesResponse).data;
}

describe('traces to Jaeger over OTLP', () => {
  it('finds an exported span through the query API under its service name', async () => {
    const service = unique('parity-smoke');
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': service }),
      spanProcessors: [
        new SimpleSpanProcessor(
          new OTLPTraceExporter({ url: `${stackEnv('OTEL_EXPORTER_OTLP_ENDPOINT')}/v1/traces` }),
        ),
      ],
    });
    const span = provider.getTracer('smoke').startSpan('smoke.check');
    const { traceId } = span.spanContext();
    span.end();
    await provider.forceFlush();
    await provider.shutdown();
    expect(trace.isSpanContextValid(span.spanContext())).toBe(true);

    let traces: JaegerTracesResponse['data'] = [];
    for (let attempt = 0; attempt < 20 && traces.length === 0; attempt++) {
      traces = await findTraces(service);
      if (traces.length === 0) await new Promise((wait) => setTimeout(wait, 250));
    }
    expect(traces.map((t) => t.traceID)).toEqual([traceId]);
    expect(traces[0]?.spans.map((s) => s.operationName)).toEqual(['smoke.check']);
  });
});
