import type { Rng } from '../platform/rng';

/** Sessions Authenticate issues; each lasts `ttlMs` from its last use, as an idle timeout. */
export class Sessions {
  private readonly lastUsed = new Map<string, number>();

  constructor(
    private readonly rng: Rng,
    private readonly now: () => Date,
    private readonly ttlMs: number,
  ) {}

  issue(): string {
    const id = Array.from({ length: 4 }, () =>
      this.rng.int(0, 0xffff).toString(16).padStart(4, '0'),
    ).join('');
    this.lastUsed.set(id, this.now().getTime());
    return id;
  }

  /** True, and the session refreshed, if it is known and not idle past its lifetime. */
  use(id: string): boolean {
    const last = this.lastUsed.get(id);
    const at = this.now().getTime();
    if (last === undefined || at - last > this.ttlMs) {
      this.lastUsed.delete(id);
      return false;
    }
    this.lastUsed.set(id, at);
    return true;
  }

  /** Ends every session, as a WMS restart or a password change does. */
  expireAll(): void {
    this.lastUsed.clear();
  }
}
