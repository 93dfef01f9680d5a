import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';

/** What an authenticity check can see of a request. */
export interface RequestCredentials {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly remoteAddress: string | undefined;
  /** The secret segment of the callback URL, for vendors that can only be given a URL. */
  readonly pathSecret: string | undefined;
}

/** Returns why the request is not authentic, or undefined when it is. */
export type AuthCheck = (request: RequestCredentials) => string | undefined;

/**
 * The secret Parity put in the callback URL it registered (Peoplevox, Clarus and Sitoo cannot
 * sign their calls). Compared in constant time so the secret cannot be guessed byte by byte.
 */
export function pathSecret(expected: string): AuthCheck {
  return ({ pathSecret: given }) =>
    given !== undefined && constantTimeEquals(given, expected) ? undefined : 'path secret mismatch';
}

/** HTTP Basic credentials, as Sitoo sends them with its events. */
export function basicAuth(user: string, password: string): AuthCheck {
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return ({ headers }) => {
    const given = single(headers.authorization);
    if (!given) return 'no Authorization header';
    return constantTimeEquals(given, expected) ? undefined : 'Basic credentials mismatch';
  };
}

/**
 * Headers the vendor always sends with fixed values for this account (Clarus's
 * X-ClarusWMS-Subdomain, X-ClarusWMS-Automation-ID). Spoofable on their own; combined with a
 * path secret and an allow-list they tell a misrouted automation from ours.
 */
export function headersMatch(expected: Readonly<Record<string, readonly string[]>>): AuthCheck {
  return ({ headers }) => {
    for (const [name, allowed] of Object.entries(expected)) {
      const given = single(headers[name.toLowerCase()]);
      if (given === undefined) return `header ${name} missing`;
      if (!allowed.includes(given)) return `header ${name} not an expected value`;
    }
    return undefined;
  };
}

/** Only calls from the vendor's published addresses (CIDR blocks or single addresses). */
export function ipAllowList(entries: readonly string[]): AuthCheck {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const type = isIPv4(address ?? '') ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address as string, type);
    else list.addSubnet(address as string, Number(prefix), type);
  }
  return ({ remoteAddress }) => {
    if (!remoteAddress) return 'remote address unknown';
    const address = remoteAddress.replace(/^::ffff:/, '');
    return list.check(address, isIPv4(address) ? 'ipv4' : 'ipv6')
      ? undefined
      : `address ${address} not on the allow-list`;
  };
}

/** Every check must pass; the first failure is reported. */
export function allOf(...checks: readonly (AuthCheck | undefined)[]): AuthCheck {
  const present = checks.filter((check): check is AuthCheck => check !== undefined);
  return (request) => {
    for (const check of present) {
      const failure = check(request);
      if (failure) return failure;
    }
    return undefined;
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function constantTimeEquals(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // Compare against itself when lengths differ so the time taken does not reveal the length.
  return a.length === b.length ? timingSafeEqual(a, b) : !timingSafeEqual(b, b);
}
