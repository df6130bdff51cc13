// The simulation behind the demo feeds: seeded randomness, the feed's clock, unit profiles and month rows.
// Pure TypeScript: the browser demo, the tests and the Node scripts all run it.
import type { FeedDocument } from '../src/feed/feed-schema';
import type { FieldSpec } from './data/fields';

export type FeedUnit = FeedDocument['units'][number];
export type FeedRow = FeedDocument['stats'][number];

export const DEFAULT_DEMO_SEED = 20250701;

// ---- seeded randomness

export type Random = () => number;

/** FNV-1a over the key, then a murmur3 finaliser so that neighbouring keys ("…|24313", "…|24314") spread apart. */
function hashKey(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mulberry32(state: number): Random {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One stream per (seed, key): a unit's month never depends on which other units or months are
 * generated, so past months stay put while `now` moves and the national document can be built in any order.
 */
export function randomFor(seed: number, key: string): Random {
  return mulberry32(hashKey(seed >>> 0, key));
}

const between = (random: Random, low: number, high: number): number => low + (high - low) * random();
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = out[i] as T;
    out[i] = out[j] as T;
    out[j] = swap;
  }
  return out;
}

// ---- the clock

const VN_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh has no daylight saving
const MINUTE_MS = 60_000;

export type FeedClock = {
  /**
   * `now` truncated to the minute, ISO 8601 at +07:00.
   * The document is a function of this minute, so an ETag can be too.
   */
  generatedAt: string;
  /** The current month in Viet Nam as year * 12 + month index (0-based). */
  month: number;
  /** How far into that month the minute is, 0 ≤ x < 1. */
  monthElapsed: number;
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function feedClock(now: Date): FeedClock {
  const time = now.getTime();
  if (!Number.isFinite(time)) throw new RangeError('now is not a valid date');
  const minute = Math.floor(time / MINUTE_MS) * MINUTE_MS;
  const local = new Date(minute + VN_OFFSET_MS); // read with the UTC getters, it shows Vietnamese wall time
  const year = local.getUTCFullYear();
  const monthOfYear = local.getUTCMonth();
  const start = Date.UTC(year, monthOfYear, 1) - VN_OFFSET_MS;
  const end = Date.UTC(year, monthOfYear + 1, 1) - VN_OFFSET_MS;
  return {
    generatedAt:
      `${year}-${pad2(monthOfYear + 1)}-${pad2(local.getUTCDate())}` +
      `T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:00+07:00`,
    month: year * 12 + monthOfYear,
    monthElapsed: (minute - start) / (end - start),
  };
}

export const monthKey = (month: number): string => `${Math.floor(month / 12)}-${pad2((month % 12) + 1)}`;

// ---- units and their profiles

/** Struggling units resolve 80–93% on time and carry overdue stock; spotless ones are never late. */
export type Standing = 'steady' | 'struggling' | 'spotless';

export type UnitProfile = {
  standing: Standing;
  /** Typical dossiers received a month. */
  volume: number;
  onlineShare: number;
  postalShare: number;
  returnedShare: number;
  /** Of the dossiers resolved in time, the share resolved before the deadline. */
  earlyShare: number;
  onTimeRate: number;
  /** End-of-month stock as a share of the month's intake; well below 1, so the stock never exceeds what came in. */
  pendingRatio: number;
  overdueShare: number;
};

export type SimulatedUnit = { id: string; profile: UnitProfile };

type VolumeRange = readonly [low: number, high: number];

type DepartmentSpec = {
  code: string;
  name: string;
  /** The name ends with the province's level: "Công an thành phố", "Thanh tra tỉnh". */
  namedAfterLevel?: true;
  volume: VolumeRange;
};

// Sizes follow where the heavy procedures sit since the 2025 mergers: criminal records (Tư pháp),
// driving licences (Xây dựng), land (Nông nghiệp và Môi trường), business registration (Tài chính),
// residence (Công an).
const CORE_DEPARTMENTS: readonly DepartmentSpec[] = [
  { code: 'STC', name: 'Sở Tài chính', volume: [500, 1400] },
  { code: 'STP', name: 'Sở Tư pháp', volume: [1500, 3500] },
  { code: 'SYT', name: 'Sở Y tế', volume: [250, 700] },
  { code: 'SXD', name: 'Sở Xây dựng', volume: [900, 2500] },
  { code: 'SNV', name: 'Sở Nội vụ', volume: [200, 600] },
  { code: 'SCT', name: 'Sở Công Thương', volume: [250, 700] },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường', volume: [600, 1800] },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', volume: [80, 300] },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', volume: [60, 200] },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', volume: [40, 150] },
  { code: 'CA', name: 'Công an', namedAfterLevel: true, volume: [2500, 6000] },
];

/** Departments not every province has. */
const OPTIONAL_DEPARTMENTS: readonly DepartmentSpec[] = [
  { code: 'SDTTG', name: 'Sở Dân tộc và Tôn giáo', volume: [30, 90] },
  { code: 'SNGV', name: 'Sở Ngoại vụ', volume: [40, 120] },
  { code: 'BQLKCN', name: 'Ban Quản lý các khu công nghiệp', volume: [80, 250] },
  { code: 'TTR', name: 'Thanh tra', namedAfterLevel: true, volume: [40, 100] },
  { code: 'VPUB', name: 'Văn phòng Ủy ban nhân dân', namedAfterLevel: true, volume: [50, 150] },
];

const CENTER_CODE = 'TTPVHCC';
const CENTER_NAME = 'Trung tâm Phục vụ hành chính công';
const CENTER_VOLUME: VolumeRange = [3000, 6000];

function communeVolume(name: string): VolumeRange {
  if (name.startsWith('Phường')) return [300, 1000];
  if (name.startsWith('Đặc khu')) return [100, 300];
  return [120, 450];
}

/** The optional departments a province of the national document has: one to all five, chosen by the seed. */
export function optionalDepartmentCodes(seed: number, provinceId: string): string[] {
  const random = randomFor(seed, `${provinceId}|departments`);
  const codes = shuffled(
    OPTIONAL_DEPARTMENTS.map((d) => d.code),
    random,
  );
  return codes.slice(0, 1 + Math.floor(random() * codes.length));
}

function makeProfile(seed: number, unitId: string, [low, high]: VolumeRange, standing: Standing): UnitProfile {
  const random = randomFor(seed, `${unitId}|profile`);
  const profile: UnitProfile = {
    standing,
    volume: low * Math.pow(high / low, random()), // log-uniform: small units are the common ones
    onlineShare: between(random, 0.3, 0.72), // drifts upwards month by month, see drawMonth
    postalShare: between(random, 0.002, 0.03),
    returnedShare: between(random, 0.003, 0.02),
    earlyShare: between(random, 0.35, 0.8),
    pendingRatio: between(random, 0.06, 0.22),
    onTimeRate: 1,
    overdueShare: 0,
  };
  if (standing === 'struggling') {
    profile.onTimeRate = between(random, 0.82, 0.92);
    profile.pendingRatio = between(random, 0.18, 0.35);
    profile.overdueShare = between(random, 0.15, 0.4);
  } else if (standing === 'steady') {
    profile.onTimeRate = between(random, 0.965, 0.998);
    profile.overdueShare = random() < 0.35 ? between(random, 0.01, 0.08) : 0;
  }
  return profile;
}

export type ProvinceData = {
  id: string;
  name: string;
  communes: ReadonlyArray<{ readonly id: string; readonly name: string }>;
};

/**
 * The units of one province (the province itself first, then its centre, departments and communes)
 * and a profile for every unit that gets rows; the province itself gets none, its figures are the roll-up.
 */
export function provinceUnits(
  seed: number,
  province: ProvinceData,
  parentId: string | undefined,
  optionalCodes: readonly string[],
): { units: FeedUnit[]; simulated: SimulatedUnit[] } {
  const level = province.name.startsWith('Thành phố') ? 'thành phố' : 'tỉnh';
  const members: Array<{ unit: FeedUnit; volume: VolumeRange }> = [];
  members.push({
    unit: { id: `${province.id}-${CENTER_CODE}`, name: CENTER_NAME, kind: 'center', parentId: province.id },
    volume: CENTER_VOLUME,
  });
  const departments = CORE_DEPARTMENTS.concat(OPTIONAL_DEPARTMENTS.filter((d) => optionalCodes.includes(d.code)));
  for (const d of departments) {
    members.push({
      unit: {
        id: `${province.id}-${d.code}`,
        name: d.namedAfterLevel ? `${d.name} ${level}` : d.name,
        kind: 'department',
        parentId: province.id,
      },
      volume: d.volume,
    });
  }
  for (const c of province.communes) {
    members.push({
      unit: { id: c.id, name: c.name, kind: 'commune', parentId: province.id },
      volume: communeVolume(c.name),
    });
  }

  // A few units struggle and a few are never late; which ones is the seed's choice.
  const random = randomFor(seed, `${province.id}|standings`);
  const order = shuffled(
    members.map((m) => m.unit.id),
    random,
  );
  const struggling = 4 + Math.floor(random() * 3);
  const spotless = 3 + Math.floor(random() * 3);
  const standings = new Map<string, Standing>();
  order.forEach((id, i) => {
    standings.set(id, i < struggling ? 'struggling' : i < struggling + spotless ? 'spotless' : 'steady');
  });

  const root: FeedUnit = { id: province.id, name: province.name, kind: 'province' };
  if (parentId !== undefined) root.parentId = parentId;
  return {
    units: [root, ...members.map((m) => m.unit)],
    simulated: members.map((m) => ({
      id: m.unit.id,
      profile: makeProfile(seed, m.unit.id, m.volume, standings.get(m.unit.id) ?? 'steady'),
    })),
  };
}

// ---- month rows

// Tết empties February; December is the year-end rush.
const SEASON = [1.0, 0.72, 1.08, 1.0, 1.02, 0.98, 0.97, 1.03, 1.0, 1.04, 1.03, 1.1] as const;
const TREND_FROM = 2025 * 12;

type Counts = Omit<FeedRow, 'unitId' | 'month' | 'returned'> & { returned: number };

/** What a full month brings, independent of the stock carried into it. */
type MonthDraw = {
  online: number;
  direct: number;
  postal: number;
  returnedShare: number;
  onTimeRate: number;
  earlyShare: number;
  pendingWithin: number;
  pendingOverdue: number;
};

function drawMonth(seed: number, unitId: string, p: UnitProfile, month: number): MonthDraw {
  const random = randomFor(seed, `${unitId}|${month}`);
  const sinceTrend = month - TREND_FROM;
  const trend = 1 + 0.004 * sinceTrend; // about 5% more dossiers a year
  const received = Math.max(1, Math.round(p.volume * (SEASON[month % 12] ?? 1) * Math.max(0.5, trend) * between(random, 0.88, 1.12)));
  const postal = Math.round(received * p.postalShare * between(random, 0.5, 1.5));
  const onlineShare = clamp(p.onlineShare + 0.005 * sinceTrend + between(random, -0.03, 0.03), 0.3, 0.8);
  const online = Math.min(received - postal, Math.round(received * onlineShare));
  // pendingRatio * 1.2 < 1, so the end stock never exceeds the intake and resolved can never go negative
  const pending = Math.round(received * p.pendingRatio * between(random, 0.8, 1.2));
  const pendingOverdue = Math.min(pending, Math.round(pending * p.overdueShare * between(random, 0.6, 1.4)));
  return {
    online,
    direct: received - postal - online,
    postal,
    returnedShare: p.returnedShare * between(random, 0.5, 1.5),
    onTimeRate: p.standing === 'spotless' ? 1 : clamp(p.onTimeRate + between(random, -0.015, 0.015), 0.75, 1),
    earlyShare: clamp(p.earlyShare + between(random, -0.05, 0.05), 0, 1),
    pendingWithin: pending - pendingOverdue,
    pendingOverdue,
  };
}

function fullMonth(carriedOver: number, d: MonthDraw): Counts {
  const received = d.online + d.direct + d.postal;
  const out = carriedOver + received - d.pendingWithin - d.pendingOverdue;
  const returned = Math.min(out, Math.round(received * d.returnedShare));
  const resolved = out - returned;
  const late = Math.round(resolved * (1 - d.onTimeRate));
  const early = Math.round((resolved - late) * d.earlyShare);
  return {
    carriedOver,
    receivedOnline: d.online,
    receivedDirect: d.direct,
    receivedPostal: d.postal,
    resolvedEarly: early,
    resolvedOnTime: resolved - late - early,
    resolvedLate: late,
    returned,
    pendingWithinDeadline: d.pendingWithin,
    pendingOverdue: d.pendingOverdue,
  };
}

/**
 * The month so far, `elapsed` of the way through. Arrivals round up and departures round down, so the
 * stock stays ≥ (1 − elapsed)·carriedOver + elapsed·endStock ≥ 0; each count is monotone in `elapsed`,
 * so a later minute never shows fewer dossiers received or resolved, and the finished month shows at least as many.
 */
function monthSoFar(full: Counts, carriedOverdue: number, elapsed: number): Counts {
  const receivedOnline = Math.ceil(full.receivedOnline * elapsed);
  const receivedDirect = Math.ceil(full.receivedDirect * elapsed);
  const receivedPostal = Math.ceil(full.receivedPostal * elapsed);
  const resolvedEarly = Math.floor(full.resolvedEarly * elapsed);
  const resolvedOnTime = Math.floor(full.resolvedOnTime * elapsed);
  const resolvedLate = Math.floor(full.resolvedLate * elapsed);
  const returned = Math.floor(full.returned * elapsed);
  const pending =
    full.carriedOver + receivedOnline + receivedDirect + receivedPostal - resolvedEarly - resolvedOnTime - resolvedLate - returned;
  const pendingOverdue = Math.min(pending, Math.round(carriedOverdue + (full.pendingOverdue - carriedOverdue) * elapsed));
  return {
    carriedOver: full.carriedOver,
    receivedOnline,
    receivedDirect,
    receivedPostal,
    resolvedEarly,
    resolvedOnTime,
    resolvedLate,
    returned,
    pendingWithinDeadline: pending - pendingOverdue,
    pendingOverdue,
  };
}

/** Appends to `rows` each unit's rows from `firstMonth` to the clock's (partial) month, chained month to month. */
export function appendUnitRows(
  rows: FeedRow[],
  seed: number,
  units: readonly SimulatedUnit[],
  firstMonth: number,
  clock: FeedClock,
): FeedRow[] {
  for (const { id, profile } of units) {
    // The stock carried into the first month is the end stock of the month before, drawn the same way.
    const before = drawMonth(seed, id, profile, firstMonth - 1);
    let carriedOver = before.pendingWithin + before.pendingOverdue;
    let carriedOverdue = before.pendingOverdue;
    for (let month = firstMonth; month <= clock.month; month++) {
      const draw = drawMonth(seed, id, profile, month);
      const full = fullMonth(carriedOver, draw);
      const counts = month === clock.month ? monthSoFar(full, carriedOverdue, clock.monthElapsed) : full;
      rows.push({ unitId: id, month: monthKey(month), ...counts });
      carriedOver = draw.pendingWithin + draw.pendingOverdue;
      carriedOverdue = draw.pendingOverdue;
    }
  }
  return rows;
}

// ---- rows by field (FEED.md "Fields"): one series per (unit, field), each chained month to month like a unit's

/**
 * How much of a unit's intake a field takes, against 1 for the others: certification and civil status fill a
 * commune's counter, criminal records the Sở Tư pháp's, driving licences (transport) the Sở Xây dựng's.
 */
export const FIELD_WEIGHT: Readonly<Record<string, number>> = {
  CT: 9,
  HT: 6,
  CTRU: 4,
  DD: 4,
  LLTP: 8,
  GTVT: 8,
  XNC: 6,
  BTXH: 2,
  DKKD: 2,
  XD: 2,
  NCC: 1.5,
  LD: 1.5,
};

/** A field's own profile inside its unit: the unit's volume shared by weight, lateness from the field and the unit. */
function fieldProfile(seed: number, unitId: string, unit: UnitProfile, field: FieldSpec, share: number): UnitProfile {
  const random = randomFor(seed, `${unitId}|${field.id}|profile`);
  // Spotless units are never late; struggling ones are late where the field is hard (land) several times over.
  const factor = unit.standing === 'spotless' ? 0 : unit.standing === 'struggling' ? between(random, 2, 3.5) : between(random, 0.15, 0.7);
  const lateShare = clamp(field.lateShare * factor + (unit.standing === 'struggling' ? 0.04 : 0), 0, 0.5);
  return {
    ...unit,
    volume: Math.max(0.6, unit.volume * share * between(random, 0.85, 1.15)),
    onTimeRate: 1 - lateShare,
    overdueShare: unit.standing === 'spotless' ? 0 : clamp(lateShare * between(random, 1, 2.2), 0, 0.6),
    earlyShare: clamp(unit.earlyShare + between(random, -0.1, 0.1), 0, 1),
  };
}

/** Minutes a resolved dossier took, by how it went: early ones well inside the statutory days, late ones past them. */
function resolvedMinutesOf(counts: Counts, days: number, random: Random): number {
  const perDay = 1440;
  const early = days * between(random, 0.3, 0.55);
  const onTime = days * between(random, 0.75, 0.95);
  const late = days * between(random, 1.2, 1.8);
  return Math.round(perDay * (counts.resolvedEarly * early + counts.resolvedOnTime * onTime + counts.resolvedLate * late));
}

/** The part of the in-deadline stock due within `dueSoonDays`: about that many days out of the field's statutory ones. */
function dueSoonOf(pendingWithin: number, days: number, dueSoonDays: number, random: Random): number {
  return Math.min(pendingWithin, Math.round(pendingWithin * clamp((dueSoonDays / days) * between(random, 0.6, 1.4), 0, 1)));
}

export type FieldsOf = (unit: SimulatedUnit) => readonly FieldSpec[];

/**
 * Appends to `rows` one series per field each unit handles (`fieldsOf`), from `firstMonth` to the clock's month.
 * Each series is chained and consistent on its own, so the unit's sum over fields is too; the unit's intake is shared
 * among its fields by FIELD_WEIGHT. Past months never depend on the clock (seeded per unit, field and month); the
 * running month's counts, its processing minutes and due-soon stock only grow or shrink with it as a unit's do.
 */
export function appendFieldRows(
  rows: FeedRow[],
  seed: number,
  units: readonly SimulatedUnit[],
  fieldsOf: FieldsOf,
  firstMonth: number,
  clock: FeedClock,
  dueSoonDays: number,
): FeedRow[] {
  for (const unit of units) {
    const fields = fieldsOf(unit);
    const weights = fields.map((field) => FIELD_WEIGHT[field.id] ?? 1);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    fields.forEach((field, i) => {
      const key = `${unit.id}|${field.id}`;
      const profile = fieldProfile(seed, unit.id, unit.profile, field, (weights[i] ?? 1) / total);
      const before = drawMonth(seed, key, profile, firstMonth - 1);
      let carriedOver = before.pendingWithin + before.pendingOverdue;
      let carriedOverdue = before.pendingOverdue;
      for (let month = firstMonth; month <= clock.month; month++) {
        const draw = drawMonth(seed, key, profile, month);
        const full = fullMonth(carriedOver, draw);
        const counts = month === clock.month ? monthSoFar(full, carriedOverdue, clock.monthElapsed) : full;
        // Per-dossier times and the due-soon share are the month's, so the running month's minutes only grow.
        const random = randomFor(seed, `${key}|${month}|time`);
        const resolvedMinutes = resolvedMinutesOf(counts, field.days, random);
        const pendingDueSoon = dueSoonOf(counts.pendingWithinDeadline, field.days, dueSoonDays, random);
        // A literal rather than a spread of counts: tens of thousands of rows, each stringified on every changed poll.
        rows.push({
          unitId: unit.id,
          fieldId: field.id,
          month: monthKey(month),
          carriedOver: counts.carriedOver,
          receivedOnline: counts.receivedOnline,
          receivedDirect: counts.receivedDirect,
          receivedPostal: counts.receivedPostal,
          resolvedEarly: counts.resolvedEarly,
          resolvedOnTime: counts.resolvedOnTime,
          resolvedLate: counts.resolvedLate,
          returned: counts.returned,
          pendingWithinDeadline: counts.pendingWithinDeadline,
          pendingOverdue: counts.pendingOverdue,
          pendingDueSoon,
          resolvedMinutes,
        });
        carriedOver = draw.pendingWithin + draw.pendingOverdue;
        carriedOverdue = draw.pendingOverdue;
      }
    });
  }
  return rows;
}
