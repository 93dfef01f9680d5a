const WIDTH = 96;

/**
 * A JSDoc block for `lines` of prose, wrapped to fit beside code (Prettier leaves comments
 * alone) and indented by `indent`. Empty when there is nothing to say.
 */
export function jsDoc(lines: readonly string[], indent = ''): string {
  const text = lines.filter((line) => line.length > 0);
  if (text.length === 0) return '';
  const body = text
    .map((paragraph) => wrap(paragraph.replaceAll('*/', '*\\/'), WIDTH - indent.length - 3))
    .flatMap((paragraph, i) => (i === 0 ? paragraph : ['', ...paragraph]));
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
