// One export row checked against DOSSIERS.md ("Records left out"): either the facts the rules need, or why it is left out.
import { excelSerialToMs, lastTimeProblem, parseVnTime, vnDay } from './vn-time';

/** The columns of DOSSIERS.md, in the order the builder keeps their values. */
export const DOSSIER_COLUMNS = [
  'maHoSo',
  'donVi',
  'linhVuc',
  'kenh',
  'ngayTiepNhan',
  'ngayHenTra',
  'trangThai',
  'ngayKetThuc',
  'soLanBoSung',
  'ngayYeuCauBoSung',
  'ngayBoSung',
] as const;
export type DossierColumn = (typeof DOSSIER_COLUMNS)[number];
/** Where each column sits in a row of values (a literal, so reading it is a constant for the engine). */
export const COLUMN_INDEX = {
  maHoSo: 0,
  donVi: 1,
  linhVuc: 2,
  kenh: 3,
  ngayTiepNhan: 4,
  ngayHenTra: 5,
  trangThai: 6,
  ngayKetThuc: 7,
  soLanBoSung: 8,
  ngayYeuCauBoSung: 9,
  ngayBoSung: 10,
} as const satisfies Record<DossierColumn, number>;

export type CellValue = string | number | Date | null | undefined;

export const CHANNELS = ['truc_tuyen', 'truc_tiep', 'buu_chinh'] as const;
export const STATES = ['dang_xu_ly', 'cho_bo_sung', 'da_xu_ly', 'tra_lai'] as const;
export const State = { inProgress: 0, waiting: 1, resolved: 2, returned: 3 } as const;

/** What the rules need of one kept record; times are instants in ms, NaN when empty. */
export type DossierFacts = {
  code: string;
  unit: number;
  field: number;
  channel: number;
  state: number;
  received: number;
  due: number;
  ended: number;
  supplements: number;
  requested: number;
  answered: number;
};

/** Kinds of left-out records: the key the report and the counted `leftOut` group by, with a reason free of values. */
export const LEFT_OUT_KINDS = {
  missing: 'a required value is missing',
  kenh: 'unknown kenh',
  trangThai: 'unknown trangThai',
  time: 'a time cannot be read',
  donVi: 'unknown donVi',
  linhVuc: 'unknown linhVuc',
  dueBeforeReceived: 'ngayHenTra before ngayTiepNhan',
  endBeforeReceived: 'ngayKetThuc before ngayTiepNhan',
  endMissing: 'ngayKetThuc missing for da_xu_ly or tra_lai',
  endPresent: 'ngayKetThuc present for dang_xu_ly or cho_bo_sung',
  supplementCount: 'soLanBoSung is not a whole number',
  requestMissing: 'soLanBoSung ≥ 1 without ngayYeuCauBoSung',
  supplementDatesWithoutCount: 'soLanBoSung 0 with supplement dates',
  requestBeforeReceived: 'ngayYeuCauBoSung before ngayTiepNhan',
  answerBeforeRequest: 'ngayBoSung before ngayYeuCauBoSung',
  waiting: 'cho_bo_sung needs a request and no ngayBoSung',
  future: 'a time after generatedAt',
  replaced: 'replaced by a later line (same maHoSo)',
} as const;
export type LeftOutKind = keyof typeof LEFT_OUT_KINDS;
export type Problem = { kind: LeftOutKind; reason: string };

export type RecordContext = {
  units: ReadonlyMap<string, number>;
  /** null when the units list has no fields: then `linhVuc` is neither required nor kept. */
  fields: ReadonlyMap<string, number> | null;
  generatedAtMs: number;
};

const missing = (column: DossierColumn): Problem => ({ kind: 'missing', reason: `missing ${column}` });
/**
 * A value echoed in a reason only when it looks like a code or a number: a shifted row can put a citizen's name
 * in the kenh column, and the feed is public.
 */
const quoted = (text: string): string => (/^[A-Za-z0-9_.+:/-]{1,40}$/.test(text) ? `'${text}'` : '(a value that is not a code)');

/** A cell as trimmed text; numbers as written, a Date as the instant it stands for. */
function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const last = value.length - 1;
    return last >= 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(last) <= 32) ? value.trim() : value;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return Number.isNaN(value.getTime()) ? '' : value.toISOString();
}

let timeProblem = '';
/** A time cell as an instant; NaN when empty; -Infinity when unreadable (then `timeProblem` says why). */
function time(value: CellValue): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) timeProblem = 'not a time: an invalid date cell';
    return Number.isNaN(ms) ? -Infinity : ms;
  }
  // A number in a time column is an Excel serial day in Viet Nam wall time.
  if (typeof value === 'number') return excelSerialToMs(value);
  const written = text(value);
  if (written === '') return NaN;
  const ms = parseVnTime(written);
  if (Number.isNaN(ms)) {
    timeProblem = lastTimeProblem();
    return -Infinity;
  }
  return ms;
}

function supplementCount(value: CellValue): number {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : -1;
  const written = text(value);
  if (written === '') return 0;
  let n = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const I = COLUMN_INDEX;

/**
 * Checks one row (its values in DOSSIER_COLUMNS order) and fills `facts`. Returns null when it is kept,
 * or the first problem found, in the order DOSSIERS.md lists them.
 */
export function checkRecord(values: readonly CellValue[], context: RecordContext, facts: DossierFacts): Problem | null {
  // Each cell read once, by constant index: this runs for every one of millions of rows.
  const code = text(values[I.maHoSo]);
  if (code === '') return missing('maHoSo');
  const unitText = text(values[I.donVi]);
  if (unitText === '') return missing('donVi');
  const channelText = text(values[I.kenh]);
  if (channelText === '') return missing('kenh');
  if (text(values[I.ngayTiepNhan]) === '') return missing('ngayTiepNhan');
  if (text(values[I.ngayHenTra]) === '') return missing('ngayHenTra');
  const stateText = text(values[I.trangThai]);
  if (stateText === '') return missing('trangThai');
  const fieldText = context.fields ? text(values[I.linhVuc]) : '';
  if (context.fields && fieldText === '') return missing('linhVuc');

  const channel = (CHANNELS as readonly string[]).indexOf(channelText);
  if (channel < 0) return { kind: 'kenh', reason: `unknown kenh ${quoted(channelText)}` };
  const state = (STATES as readonly string[]).indexOf(stateText);
  if (state < 0) return { kind: 'trangThai', reason: `unknown trangThai ${quoted(stateText)}` };

  const received = time(values[I.ngayTiepNhan]);
  const due = time(values[I.ngayHenTra]);
  const ended = time(values[I.ngayKetThuc]);
  const requested = time(values[I.ngayYeuCauBoSung]);
  const answered = time(values[I.ngayBoSung]);
  if (received === -Infinity || due === -Infinity || ended === -Infinity || requested === -Infinity) {
    return { kind: 'time', reason: timeProblem };
  }
  if (answered === -Infinity) return { kind: 'time', reason: timeProblem };

  const unit = context.units.get(unitText);
  if (unit === undefined) return { kind: 'donVi', reason: `unknown donVi ${quoted(unitText)}` };
  let field = 0;
  if (context.fields) {
    const found = context.fields.get(fieldText);
    if (found === undefined) return { kind: 'linhVuc', reason: `unknown linhVuc ${quoted(fieldText)}` };
    field = found;
  }

  if (vnDay(due) < vnDay(received)) return { kind: 'dueBeforeReceived', reason: LEFT_OUT_KINDS.dueBeforeReceived };
  const ends = state === State.resolved || state === State.returned;
  if (ends && Number.isNaN(ended)) return { kind: 'endMissing', reason: `ngayKetThuc missing for ${stateText}` };
  if (!ends && !Number.isNaN(ended)) return { kind: 'endPresent', reason: `ngayKetThuc present for ${stateText}` };
  if (ended < received) return { kind: 'endBeforeReceived', reason: LEFT_OUT_KINDS.endBeforeReceived };

  const countValue = values[I.soLanBoSung];
  const supplements = supplementCount(countValue);
  if (supplements < 0) {
    return { kind: 'supplementCount', reason: `soLanBoSung is not a whole number: ${quoted(text(countValue))}` };
  }
  if (supplements >= 1 && Number.isNaN(requested)) {
    return { kind: 'requestMissing', reason: `soLanBoSung ${supplements} without ngayYeuCauBoSung` };
  }
  if (supplements === 0 && (!Number.isNaN(requested) || !Number.isNaN(answered))) {
    return { kind: 'supplementDatesWithoutCount', reason: LEFT_OUT_KINDS.supplementDatesWithoutCount };
  }
  if (requested < received) return { kind: 'requestBeforeReceived', reason: LEFT_OUT_KINDS.requestBeforeReceived };
  if (answered < requested) return { kind: 'answerBeforeRequest', reason: LEFT_OUT_KINDS.answerBeforeRequest };
  if (state === State.waiting && (Number.isNaN(requested) || !Number.isNaN(answered))) {
    return { kind: 'waiting', reason: LEFT_OUT_KINDS.waiting };
  }
  const limit = context.generatedAtMs;
  if (received > limit || ended > limit || requested > limit || answered > limit) {
    return { kind: 'future', reason: LEFT_OUT_KINDS.future };
  }

  facts.code = code;
  facts.unit = unit;
  facts.field = field;
  facts.channel = channel;
  facts.state = state;
  facts.received = received;
  facts.due = due;
  facts.ended = ended;
  facts.supplements = supplements;
  facts.requested = requested;
  facts.answered = answered;
  return null;
}
