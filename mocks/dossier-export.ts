// A synthetic dossier export of Thành phố Cần Thơ as a one-stop system would write it (DOSSIERS.md's columns),
// seeded: the demo export (npm run demo:dossiers) and the builder's benchmark (npm run bench:builder) both use it.
import type { UnitsList } from '../src/dossiers/build-feed';
import { DOSSIER_COLUMNS } from '../src/dossiers/dossier-record';
import { DAY_MS, formatVnTime, vnDay } from '../src/dossiers/vn-time';
import { CAN_THO_COMMUNES, CAN_THO_ID, CAN_THO_NAME } from './data/can-tho-communes';
import { FIELDS, fieldsHandledBy, type FieldSpec } from './data/fields';
import { CAN_THO_OPTIONAL_DEPARTMENTS } from './demo-feed';
import { DEFAULT_DEMO_SEED, provinceUnits, randomFor, type Random } from './feed-simulation';

export const DOSSIER_EXPORT_SOURCE = 'Hệ thống thông tin giải quyết TTHC thành phố Cần Thơ (xuất hồ sơ mô phỏng)';

/** Cần Thơ's units (as in the demo feed) with the fields catalogue: the units.json of its exports. */
export function canThoUnitsList(seed = DEFAULT_DEMO_SEED): UnitsList {
  const { units } = provinceUnits(
    seed,
    { id: CAN_THO_ID, name: CAN_THO_NAME, communes: CAN_THO_COMMUNES },
    undefined,
    CAN_THO_OPTIONAL_DEPARTMENTS,
  );
  return {
    source: { name: DOSSIER_EXPORT_SOURCE },
    units,
    fields: FIELDS.map(({ id, name }) => ({ id, name })),
  };
}

export type DossierExportOptions = {
  seed?: number;
  count: number;
  /** Dossiers are received from this instant up to `asOfMs`, the moment the export was taken. */
  fromMs: number;
  asOfMs: number;
  /** Shares of lines that are wrong in some way DOSSIERS.md leaves out, and of dossiers exported twice (an update appended). */
  badShare?: number;
  updateShare?: number;
  /** A column of (invented) citizens' names, which the builder must never copy. */
  names?: boolean;
};

const HEADER = DOSSIER_COLUMNS;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Lâm'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Hoàng', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hạnh', 'Khoa', 'Lan', 'Long', 'My', 'Nam', 'Phúc', 'Tâm', 'Trang'];
const BAD_LINES = ['kenh', 'date', 'unit', 'endBefore', 'code'] as const;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** An instant written the ways exports do: mostly ISO at +07:00, some with a space, some dd/MM/yyyy. */
function written(ms: number, random: Random): string {
  const iso = formatVnTime(ms);
  const style = random();
  if (style < 0.7) return iso;
  if (style < 0.9) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}
const dateOnly = (ms: number) => formatVnTime(ms).slice(0, 10);

/** The export's lines, header first, without line breaks. */
export function* dossierExportLines(units: UnitsList, options: DossierExportOptions): Generator<string> {
  const { count, fromMs, asOfMs, badShare = 0, updateShare = 0, names = false } = options;
  const random = randomFor(options.seed ?? DEFAULT_DEMO_SEED, 'dossier-export');
  // A commune weighs 1, a department 3, the centre 8: roughly where dossiers are filed.
  const handlers: Array<{ id: string; fields: FieldSpec[]; standing: number }> = [];
  for (const unit of units.units) {
    const fields = fieldsHandledBy(unit);
    if (fields.length === 0) continue;
    const weight = unit.kind === 'center' ? 8 : unit.kind === 'department' ? 3 : 1;
    const standing = random() < 0.06 ? 3 : random() < 0.1 ? 0.2 : 1; // a few struggle, a few are never late
    for (let w = 0; w < weight; w++) handlers.push({ id: unit.id, fields, standing });
  }
  yield [...HEADER, ...(names ? ['hoTenNguoiNop'] : [])].join(',');
  const later: string[] = [];
  const span = asOfMs - fromMs;
  for (let i = 0; i < count; i++) {
    const unit = pick(random, handlers);
    const field = pick(random, unit.fields);
    // received on a working hour between 7:00 and 17:00 Viet Nam time
    const day = vnDay(fromMs + random() * span);
    let received = day * DAY_MS - 7 * 3_600_000 + (7 + random() * 10) * 3_600_000;
    received = Math.min(Math.floor(received / 60_000) * 60_000, asOfMs - 60_000);
    const allowed = Math.round(field.days * 1.4);
    const due = received + allowed * DAY_MS;
    const late = random() < field.lateShare * unit.standing;
    let duration = (late ? allowed * (1.05 + random() * 0.6) : allowed * (0.2 + random() * 0.75)) * DAY_MS;
    const s = random();
    const supplements = s < 0.07 ? 1 : s < 0.085 ? 2 : 0;
    const requested = received + Math.floor((duration * 0.3 * random()) / 60_000) * 60_000;
    const wait = Math.round((1 + random() * 5) * 24) * 3_600_000;
    if (supplements > 0) duration += wait;
    // ended on a working hour; a fifth of the dossiers not late end on their due date itself
    const onDueDate = !late && supplements === 0 && random() < 0.2;
    const endDay = onDueDate ? vnDay(due) : vnDay(received + duration);
    let ended = endDay * DAY_MS + (0.5 + random() * 9.5) * 3_600_000; // 7:30 to 17:00 in Viet Nam
    ended = Math.floor(Math.max(ended, received + 1_800_000, supplements > 0 ? requested + wait + 3_600_000 : 0) / 60_000) * 60_000;
    const returned = random() < 0.015;
    const kenh = random() < 0.62 ? 'truc_tuyen' : random() < 0.97 ? 'truc_tiep' : 'buu_chinh';
    let state: string;
    let end = '';
    let askedTimes = supplements;
    let asked = supplements > 0 ? written(requested, random) : '';
    let answered = supplements > 0 ? written(requested + wait, random) : '';
    if (ended <= asOfMs) {
      state = returned ? 'tra_lai' : 'da_xu_ly';
      end = written(ended, random);
    } else if (supplements > 0 && requested > asOfMs) {
      [state, askedTimes, asked, answered] = ['dang_xu_ly', 0, '', ''];
    } else if (supplements > 0 && requested + wait > asOfMs) {
      [state, answered] = ['cho_bo_sung', ''];
    } else state = 'dang_xu_ly';
    const code = `${unit.id}-${dateOnly(received).slice(2).replaceAll('-', '')}-${String(i + 1).padStart(6, '0')}`;
    const cells = [
      code,
      unit.id,
      field.id,
      kenh,
      written(received, random),
      dateOnly(due),
      state,
      end,
      String(askedTimes),
      asked,
      answered,
    ];
    if (names) cells.push(`${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`);
    if (random() < badShare) spoil(cells, pick(random, BAD_LINES), random, received);
    else if (end !== '' && random() < updateShare) {
      // exported first while in progress, the update appended at the end of the export
      later.push(cells.join(','));
      cells.splice(6, 5, 'dang_xu_ly', '', '0', '', '');
    }
    yield cells.join(',');
  }
  yield* later;
}

function spoil(cells: string[], how: (typeof BAD_LINES)[number], random: Random, received: number): void {
  if (how === 'kenh') cells[3] = 'fax';
  else if (how === 'date') cells[4] = `3${random() < 0.5 ? 0 : 1}/02/2026 ${pad2(8 + Math.floor(random() * 8))}:00`;
  else if (how === 'unit') cells[1] = '99-KHONGCO';
  else if (how === 'code') cells[0] = '';
  else {
    cells.splice(6, 2, 'da_xu_ly', dateOnly(received - DAY_MS)); // ended the day before it was received
  }
}
