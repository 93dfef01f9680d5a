/** What reconciliation's world API answered: the version, or why it refused. */
export type WorldApiAnswer =
  | { readonly ok: true; readonly body: WorldVersionBody }
  | { readonly ok: false; readonly status: number; readonly problems: readonly string[] };

export interface WorldVersionBody {
  readonly version: number;
  readonly by: string;
  readonly at: string;
  readonly note: string | null;
  readonly change: unknown;
  readonly tables?: unknown;
}

/** Who changes the world and why, as the API records it. */
export interface ChangeStamp {
  readonly by: string;
  readonly note?: string;
  readonly baseVersion?: number;
}

/** A client of reconciliation's world API (`/world`), for the CLI, the demo and the tests. */
export class WorldApi {
  constructor(private readonly baseUrl: string) {}

  current(): Promise<WorldApiAnswer> {
    return this.call('GET', 'world');
  }

  version(version: number): Promise<WorldApiAnswer> {
    return this.call('GET', `world/versions/${version}`);
  }

  audit(limit: number): Promise<WorldApiAnswer> {
    return this.call('GET', `world/audit?limit=${limit}`);
  }

  /** Replaces the whole world with a document (the seed file's shape). */
  seed(world: unknown, stamp: ChangeStamp): Promise<WorldApiAnswer> {
    return this.call('PUT', 'world', { ...stamp, world });
  }

  /** Applies a change set (`{"upsert":{table:[rows]},"delete":{table:[keys]}}`) whole. */
  change(change: unknown, stamp: ChangeStamp): Promise<WorldApiAnswer> {
    return this.call('POST', 'world/changes', { ...stamp, change });
  }

  private async call(method: string, path: string, body?: unknown): Promise<WorldApiAnswer> {
    const response = await fetch(`${this.baseUrl}/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as WorldVersionBody & { message?: string | string[] };
    if (response.ok) return { ok: true, body: answer };
    const message = answer.message ?? response.statusText;
    return {
      ok: false,
      status: response.status,
      problems: Array.isArray(message) ? message : [message],
    };
  }
}
