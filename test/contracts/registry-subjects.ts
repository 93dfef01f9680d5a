const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

/** What the registry answered: the HTTP status and the JSON body. */
export interface RegistryAnswer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * The few calls of the Confluent-compatible registry API these tests make, over plain HTTP,
 * so the status codes the registry really returns are what the tests see.
 */
export class RegistrySubjects {
  constructor(private readonly baseUrl: string) {}

  /** `PUT /config/{subject}`: the compatibility the subject's next versions are checked against. */
  setCompatibility(subject: string, compatibility: 'BACKWARD'): Promise<RegistryAnswer> {
    return this.call('PUT', `/config/${encodeURIComponent(subject)}`, { compatibility });
  }

  /** `POST /subjects/{subject}/versions`: registers a schema, or answers 409 if it is incompatible. */
  register(subject: string, schema: object): Promise<RegistryAnswer> {
    return this.call('POST', `/subjects/${encodeURIComponent(subject)}/versions`, {
      schema: JSON.stringify(schema),
    });
  }

  /** Deletes a subject for good (a soft delete first, as the API requires). */
  async delete(subject: string): Promise<void> {
    await this.call('DELETE', `/subjects/${encodeURIComponent(subject)}`);
    await this.call('DELETE', `/subjects/${encodeURIComponent(subject)}?permanent=true`);
  }

  private async call(method: string, path: string, body?: object): Promise<RegistryAnswer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': CONTENT_TYPE, Accept: CONTENT_TYPE },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  }
}
