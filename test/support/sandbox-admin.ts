/**
 * A JSON call to the sandbox's admin API (`path` below `/admin/`): GET without a body, POST
 * with one unless `method` says otherwise. Throws on a status that is not 2xx, naming it.
 */
export async function sandboxAdmin<T = unknown>(
  sandboxUrl: string,
  path: string,
  body?: unknown,
  method?: string,
): Promise<T> {
  const verb = method ?? (body === undefined ? 'GET' : 'POST');
  const response = await fetch(`${sandboxUrl}/admin/${path}`, {
    method: verb,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`admin ${verb} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
