import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { waitForTraces } from '../support/jaeger';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';

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
    await provider.shutdown();

    const traces = await waitForTraces(service, (found) => found.length > 0);
    expect(traces.map((t) => t.traceID)).toEqual([traceId]);
    expect(traces[0]?.spans.map((s) => s.operationName)).toEqual(['smoke.check']);
  });
});
