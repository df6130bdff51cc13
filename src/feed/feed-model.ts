// The validated, indexed form of one feed document, and the account of what was left out or flagged.
//
// Fields (lĩnh vực, FEED.md "Fields"): a document may carry a catalogue and rows per (unit, field, month). The model
// then has `hasFields`, `fields` (the catalogue, in the publisher's order) and `seriesByUnit` (one month-sorted series
// per field of a unit); `rowsByUnit` holds all of a unit's rows sorted by month (several per month). Figures of one
// field are asked through `forField(model, fieldId)` (field-view.ts), which every figure function of stats/ takes
// as an optional `fieldId`. A document without fields has one series per unit, the same array as rowsByUnit.
import type { FeedSource, StatRow, Unit } from './feed-schema';
import type { FeedMeta } from './feed-contract';
import type { MonthIndex } from './month';
import type { IndexProblem } from './feed-index';

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

/** A kept row: every count present (0 for an absent optional one), its field or null, its month as a number. */
export type IndexedRow = Omit<StatRow, 'fieldId'> & { fieldId: string | null; monthIndex: MonthIndex };

/** A field of the catalogue, with its name folded for search ("dat dai" finds "Đất đai"). */
export type FeedField = { id: string; name: string; searchText: string };

export type RowProblem =
  | { code: 'not-an-object' }
  | { code: 'missing-count'; field: string }
  | { code: 'invalid-count'; field: string; value: string }
  | { code: 'bad-month'; value: string }
  | { code: 'bad-unit-id' }
  | { code: 'unknown-unit'; unitId: string }
  /** A fieldId that is not in the catalogue (or not a string: then its JSON text). */
  | { code: 'unknown-field'; fieldId: string }
  /** A second row for the same unit and month, or (unit, field, month) in a document by field (then `fieldId`). */
  | { code: 'duplicate'; unitId: string; month: string; fieldId?: string };

/** `fieldId` only when the row named a readable one. */
export type LeftOutRow = { index: number; unitId: string | null; month: string | null; fieldId?: string; problems: RowProblem[] };
export type LeftOutUnit = { index: number; unitId: string | null; problem: 'invalid' | 'duplicate-id' };

/** Row flags of a document by field name the field of the series they were found in (`fieldId`). */
export type UnitFlag =
  | { code: 'inconsistent-row'; month: string; difference: number; fieldId?: string }
  | { code: 'chain-break'; month: string; expected: number; actual: number; fieldId?: string }
  | { code: 'month-gap'; from: string; to: string; fieldId?: string }
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
  /** Every kept row of a unit, sorted by month (in a document by field, several rows a month, one per field). */
  rowsByUnit: Map<string, IndexedRow[]>;
  /** A unit's rows as month-sorted series, one per field (one series in all for a document without fields). */
  seriesByUnit: Map<string, IndexedRow[][]>;
  months: { earliest: MonthIndex; latest: MonthIndex } | null;
  quality: DataQuality;
  /** True when the rows are per (unit, field, month) against a catalogue: figures can be asked per field. */
  hasFields: boolean;
  /** The catalogue, in the publisher's order; empty when the document has no fields. */
  fields: FeedField[];
  fieldsById: Map<string, FeedField>;
  /** `meta.dueSoonDays` and `meta.rules`, null when absent. */
  meta: FeedMeta;
  /**
   * Whether some kept row gives each optional count. Absent counts are 0 in the figures, so a page shows due-soon and
   * the average processing time only when the document gives them (averageDays would otherwise read "0,0 ngày").
   */
  carries: { pendingDueSoon: boolean; resolvedMinutes: boolean };
  /** Set on a one-field view made by forField: the field it shows, and the whole document's model. */
  fieldId: string | null;
  whole: FeedModel | null;
  /** Set on a national view made of several provinces' documents (federate.ts); null on one document. */
  federation: Federation | null;
};

/** One province's document inside a national view: whose it is, where its tree hangs and how recent it is. */
export type FederationPart = {
  feedId: string;
  name: string;
  /** The province's top unit(s) under the view's root. */
  rootIds: string[];
  generatedAt: string;
  generatedAtMs: number;
  /** True when the part is the province's full document (fields included), false for its summary. */
  full: boolean;
};

export type Federation = {
  /** The index's name ("Cả nước"). */
  name: string;
  /** The provinces whose documents are in the view, in the index's order. */
  parts: FederationPart[];
  /** How many provinces the index lists: more than `parts` while some are missing (not answered, failing, left out). */
  listed: number;
  /** Which province's document each unit comes from. */
  feedOfUnit: Map<string, string>;
  /** Provinces left out because a unit id of theirs is already another province's. */
  clashes: { feedId: string; otherFeedId: string; unitId: string }[];
};

export type FeedRefusal =
  | { code: 'not-json'; detail: string }
  | { code: 'html' }
  | { code: 'not-an-object' }
  | { code: 'wrong-schema'; found: string }
  | { code: 'missing-field'; field: 'units' | 'stats' | 'generatedAt' | 'schema' }
  | { code: 'no-units' }
  | { code: 'bad-generated-at'; value: string }
  | { code: 'cycle'; unitIds: string[] }
  /** Some rows carry a fieldId and others do not: the unit totals would count twice (FEED.md "Fields"). */
  | { code: 'mixed-fields'; withField: number; withoutField: number }
  /** A tthc-index/1 document that cannot be read (FEED.md "Federation"). */
  | { code: 'bad-index'; problem: IndexProblem };

export type ParseResult = { ok: true; model: FeedModel } | { ok: false; refusal: FeedRefusal };
