// A built document as JSON text: the envelope indented, one row (or left-out entry) a line, so a 100,000-row
// document stays small and a diff between two builds shows the rows that changed.
import type { FeedDocumentJson } from './build-feed';

export function feedJson(document: FeedDocumentJson): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(document);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      const items = value.map((item) => ` ${JSON.stringify(item)}`);
      lines.push(items.length === 0 ? ` ${JSON.stringify(key)}: []${comma}` : ` ${JSON.stringify(key)}: [`);
      if (items.length > 0) lines.push(items.join(',\n'), ` ]${comma}`);
    } else {
      lines.push(` ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
