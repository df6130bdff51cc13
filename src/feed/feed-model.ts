// The validated, indexed form of one feed document, and the account of what was left out or flagged.
import type { FeedSource, StatRow, Unit } from './feed-schema';
import type { MonthIndex } from './month';

/**
 * The id of the "all units" root shown above a feed with several roots (a national feed).
 * A publisher's unit may use it too: the parser then picks a free variant (see `synthetic`).
 */
export const ALL_UNITS_ID = '__all__';

export type UnitNode = Unit & {
  /** The parent in the tree actually shown (an orphan hangs under the root). */
  treeParentId: string | null;
  childIds: string[];
  depth: number;
  /** Lower-case name without diacritics, for search ("ho dac kien" finds "Hồ Đắc Kiện"). */
  searchText: string;
  /** True only for the "all units" root the app adds; it has no rows and no name of its own. */
  synthetic?: boolean;
};

export type IndexedRow = StatRow & { monthIndex: MonthIndex };

export type RowProblem =
  | { code: 'not-an-object' }
  | { code: 'missing-count'; field: string }
  | { code: 'invalid-count'; field: string; value: string }
  | { code: 'bad-month'; value: string }
  | { code: 'bad-unit-id' }
  | { code: 'unknown-unit'; unitId: string }
  | { code: 'duplicate'; unitId: string; month: string };

export type LeftOutRow = { index: number; unitId: string | null; month: string | null; problems: RowProblem[] };
export type LeftOutUnit = { index: number; unitId: string | null; problem: 'invalid' | 'duplicate-id' };

export type UnitFlag =
  | { code: 'inconsistent-row'; month: string; difference: number }
  | { code: 'chain-break'; month: string; expected: number; actual: number }
  | { code: 'month-gap'; from: string; to: string }
  | { code: 'orphan'; parentId: string }
  | { code: 'rows-left-out'; count: number };

/** A record the publisher could not count while building the document (its top-level `leftOut`): line, or a count per reason. */
export type RecordLeftOut = { line: number | null; reason: string; count: number };

export type DataQuality = {
  rowsKept: number;
  /** What the document itself says its publisher left out (FEED.md `leftOut`), e.g. dossier records a builder refused. */
  recordsLeftOut: RecordLeftOut[];
  rowsLeftOut: LeftOutRow[];
  unitsLeftOut: LeftOutUnit[];
  /** Units named by a left-out row, which the panel lists as touched. */
  unitsTouched: string[];
  flagsByUnit: Map<string, UnitFlag[]>;
};

export type FeedModel = {
  generatedAt: string;
  generatedAtMs: number;
  source: FeedSource | undefined;
  units: Map<string, UnitNode>;
  rootId: string;
  /** Units in an order where every child comes before its parent (for roll-up). */
  postOrder: string[];
  rowsByUnit: Map<string, IndexedRow[]>;
  months: { earliest: MonthIndex; latest: MonthIndex } | null;
  quality: DataQuality;
};

export type FeedRefusal =
  | { code: 'not-json'; detail: string }
  | { code: 'html' }
  | { code: 'not-an-object' }
  | { code: 'wrong-schema'; found: string }
  | { code: 'missing-field'; field: 'units' | 'stats' | 'generatedAt' | 'schema' }
  | { code: 'no-units' }
  | { code: 'bad-generated-at'; value: string }
  | { code: 'cycle'; unitIds: string[] };

export type ParseResult = { ok: true; model: FeedModel } | { ok: false; refusal: FeedRefusal };
