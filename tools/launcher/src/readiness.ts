/** What a service's /health/ready answered: terminus' report, or why there was none. */
export interface Readiness {
  readonly ready: boolean;
  readonly httpStatus?: number;
  readonly checks: Record<string, { status: string; message?: string }>;
  readonly error?: string;
}

export async function probeReadiness(port: number, timeoutMs = 5_000): Promise<Readiness> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as {
      details?: Readiness['checks'];
      message?: { details?: Readiness['checks'] };
    };
    const checks = body.details ?? body.message?.details ?? {};
    return { ready: response.ok, httpStatus: response.status, checks };
  } catch (error) {
    return { ready: false, checks: {}, error: (error as Error).message };
  }
}
