/**
 * Just enough XML for SOAP 1.1 requests: elements, attributes (read past), text, entities,
 * CDATA, comments and the declaration. Strict: a mismatched or unclosed tag is an error, as
 * it is for the real service. Namespace prefixes are dropped from names.
 */
export interface XmlElement {
  readonly name: string;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

export class XmlSyntaxError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) {
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    }
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    const named = ENTITIES[entity];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity ${whole}`);
    return named;
  });
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

interface OpenElement {
  name: string;
  children: XmlElement[];
  text: string;
}

export function parseXml(source: string): XmlElement {
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  const tag =
    /<(\?[\s\S]*?\?>|!--[\s\S]*?-->|!\[CDATA\[([\s\S]*?)\]\]>|(\/?)([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>)/g;
  let cursor = 0;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    appendText(stack, source.slice(cursor, match.index));
    cursor = tag.lastIndex;
    const [, body, cdata, closing, qualifiedName, , selfClosing] = match;
    if (body?.startsWith('?') || body?.startsWith('!--')) continue;
    if (cdata !== undefined) {
      if (stack.length === 0) throw new XmlSyntaxError('text outside the root element');
      (stack.at(-1) as OpenElement).text += cdata;
      continue;
    }
    const name = localName(qualifiedName as string);
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new XmlSyntaxError(`</${name}> closes <${open?.name ?? ''}>`);
      root = attach(stack, { name: open.name, children: open.children, text: open.text });
    } else if (selfClosing) {
      if (root && stack.length === 0) throw new XmlSyntaxError('more than one root element');
      root = attach(stack, { name, children: [], text: '' });
    } else {
      if (root && stack.length === 0) throw new XmlSyntaxError('more than one root element');
      stack.push({ name, children: [], text: '' });
    }
  }
  appendText(stack, source.slice(cursor));
  if (stack.length > 0) throw new XmlSyntaxError(`<${stack.at(-1)?.name}> is never closed`);
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

function attach(stack: OpenElement[], element: XmlElement): XmlElement {
  stack.at(-1)?.children.push(element);
  return element;
}

function appendText(stack: OpenElement[], raw: string): void {
  if (raw.includes('<')) throw new XmlSyntaxError('a "<" that starts no valid tag');
  if (stack.length === 0) {
    if (raw.trim() !== '') throw new XmlSyntaxError('text outside the root element');
    return;
  }
  (stack.at(-1) as OpenElement).text += decodeEntities(raw);
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1);
}

/** The direct child of that local name, if any. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}
