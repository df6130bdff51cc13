// The records left out: each line and reason while there are at most 1,000, a count per kind past that,
// and for the builder's report the count and first lines of each kind.
import { LEFT_OUT_KINDS, type LeftOutKind } from './dossier-record';

export const LEFT_OUT_LIMIT = 1000;
const FIRST_LINES = 5;

/** In the feed: `{ line, reason }` for each record, or past LEFT_OUT_LIMIT records `{ reason, count }` per kind. */
export type FeedLeftOut = { line: number; reason: string } | { reason: string; count: number };
export type LeftOutSummary = { reason: string; count: number; firstLines: number[] };

export type LeftOutList = {
  add(line: number, kind: LeftOutKind, reason: string): void;
  readonly total: number;
  feedEntries(): FeedLeftOut[];
  summary(): LeftOutSummary[];
};

export function createLeftOutList(): LeftOutList {
  const entries: { line: number; reason: string }[] = [];
  const byKind = new Map<LeftOutKind, LeftOutSummary>();
  let total = 0;
  return {
    get total() {
      return total;
    },
    add(line, kind, reason) {
      total++;
      if (entries.length <= LEFT_OUT_LIMIT) entries.push({ line, reason });
      let summary = byKind.get(kind);
      if (!summary) {
        summary = { reason: LEFT_OUT_KINDS[kind], count: 0, firstLines: [] };
        byKind.set(kind, summary);
      }
      summary.count++;
      // Replacements are found out of line order: keep the smallest lines.
      const lines = summary.firstLines;
      if (lines.length < FIRST_LINES || line < (lines[lines.length - 1] as number)) {
        let i = lines.length;
        while (i > 0 && (lines[i - 1] as number) > line) i--;
        lines.splice(i, 0, line);
        if (lines.length > FIRST_LINES) lines.pop();
      }
    },
    feedEntries() {
      if (total <= LEFT_OUT_LIMIT) return entries.slice().sort((a, b) => a.line - b.line);
      return [...byKind.values()].map(({ reason, count }) => ({ reason, count }));
    },
    summary() {
      return [...byKind.values()].map((s) => ({ ...s, firstLines: s.firstLines.slice() }));
    },
  };
}
