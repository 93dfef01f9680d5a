/**
 * A callback's query string as Peoplevox fills it: each value URL-encoded on its own, and a
 * collection path's values joined by literal commas. Values are therefore split on commas
 * before decoding, so an encoded comma inside an item code stays part of it. Reading the raw
 * string matters: a generic query parser would decode first and lose that distinction.
 */
export type CallbackParams = Readonly<Record<string, readonly string[]>>;

export function readCallbackParams(rawQuery: string): CallbackParams {
  const params: Record<string, string[]> = {};
  for (const pair of rawQuery.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decode(equals < 0 ? pair : pair.slice(0, equals));
    const raw = equals < 0 ? '' : pair.slice(equals + 1);
    params[name] = raw === '' ? [] : raw.split(',').map(decode);
  }
  return params;
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component.replaceAll('+', ' '));
  } catch {
    // A malformed escape is kept verbatim; the field's own validation then refuses it.
    return component;
  }
}
