/** What edge expects of a Clarus domain's webhooks; from configuration. */
export interface ExpectedClarusSender {
  readonly subdomain: string;
  /** The automations configured to post to Parity. */
  readonly automationIds: readonly string[];
}

export type ClarusHeaderCheck =
  | { readonly ok: true; readonly automationId: string }
  | { readonly ok: false; readonly header: string; readonly reason: string };

type Headers = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Checks the X-ClarusWMS-* headers Clarus documents for validating a webhook. They carry no
 * signature and can be forged, so this is one check beside the secret in the URL path, not
 * proof on its own. Note the webhook header is X-ClarusWMS-Subdomain, not the request header
 * X-Clarus-Subdomain. Returns the first header that failed.
 */
export function verifyClarusHeaders(
  headers: Headers,
  expected: ExpectedClarusSender,
): ClarusHeaderCheck {
  const value = (name: string) => single(headers[name.toLowerCase()] ?? headers[name]);
  for (const name of ['X-ClarusWMS-Domain', 'X-ClarusWMS-API-Domain']) {
    if (!value(name)) return { ok: false, header: name, reason: 'missing' };
  }
  const subdomain = value('X-ClarusWMS-Subdomain');
  if (subdomain !== expected.subdomain) {
    return {
      ok: false,
      header: 'X-ClarusWMS-Subdomain',
      reason: subdomain ? 'not this Clarus domain' : 'missing',
    };
  }
  const automationId = value('X-ClarusWMS-Automation-ID');
  if (!automationId || !expected.automationIds.includes(automationId)) {
    return {
      ok: false,
      header: 'X-ClarusWMS-Automation-ID',
      reason: automationId ? 'not a configured automation' : 'missing',
    };
  }
  return { ok: true, automationId };
}

/** A header sent twice is ambiguous; treat it as absent. */
function single(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
