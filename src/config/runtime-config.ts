// config.json, read at start-up beside the pages so one build serves every deployment (FEED.md "Runtime configuration").
import { isValidTimeZone } from './time-zone';

export const CONFIG_FILE = 'config.json';
export const DEMO_FEED = 'demo';
/** The national demo: an index of the 34 provinces, each simulated as its own feed (mocks/federation-demo.ts). */
export const NATIONAL_DEMO_FEED = 'demo-national';
export type DemoFeed = typeof DEMO_FEED | typeof NATIONAL_DEMO_FEED;
export const isDemoFeed = (address: string): address is DemoFeed => address === DEMO_FEED || address === NATIONAL_DEMO_FEED;

/** Polling faster than this hammers a publisher; slower than this is no longer "live". */
export const POLL_SECONDS_RANGE = { min: 10, max: 3600 } as const;

const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The title when config.json names none; the pages show it in the viewer's language. */
export const DEFAULT_TITLE = 'Tình hình giải quyết hồ sơ thủ tục hành chính';

export type RuntimeConfig = {
  feedUrl: string;
  widgetFeedUrl?: string;
  pollSeconds: number;
  timeZone: string;
  onTimeTarget: number;
  staleAfterSeconds: number;
  title: string;
  /** Hour (0–23, configured zone) at which the kiosk reloads itself. */
  kioskReloadHour: number;
  /** What was adjusted to keep the app sane, said on screen. */
  adjustments: ConfigAdjustment[];
};

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Each field's test, in the order a file's problems are reported, and its default when the field is left out (none:
 * required, or optional with no default). Written by hand, not with a schema library: the widget reads this file too,
 * and a validator would weigh more than the widget itself. What each field must be is said in the pages' words
 * (config.expect.* in the catalogue), not here.
 */
const FIELD_RULES: { [field in ConfigField]: { valid: (value: unknown) => boolean; fallback?: unknown } } = {
  feedUrl: { valid: (value) => typeof value === 'string' && value.length > 0 },
  widgetFeedUrl: { valid: (value) => typeof value === 'string' && value.length > 0 },
  pollSeconds: { valid: isNumber, fallback: 60 },
  timeZone: {
    // Viet Nam's zone needs no lookup: asking Intl is the page's first use of it, which costs a slow phone some 130 ms
    // before the widget can even ask for the feed.
    valid: (value) => value === DEFAULT_TIME_ZONE || (typeof value === 'string' && isValidTimeZone(value)),
    fallback: DEFAULT_TIME_ZONE,
  },
  onTimeTarget: { valid: (value) => isNumber(value) && value >= 0 && value <= 100, fallback: 95 },
  staleAfterSeconds: { valid: (value) => isNumber(value) && value > 0, fallback: 600 },
  title: { valid: (value) => typeof value === 'string', fallback: DEFAULT_TITLE },
  kioskReloadHour: { valid: (value) => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 23, fallback: 3 },
};

export type ConfigAdjustment = { field: 'pollSeconds'; given: number; used: number };

export const CONFIG_FIELDS = [
  'feedUrl',
  'widgetFeedUrl',
  'pollSeconds',
  'timeZone',
  'onTimeTarget',
  'staleAfterSeconds',
  'title',
  'kioskReloadHour',
] as const satisfies ReadonlyArray<Exclude<keyof RuntimeConfig, 'adjustments'>>;
export type ConfigField = (typeof CONFIG_FIELDS)[number];

export type ConfigProblem =
  | { code: 'config-unreachable'; detail: string }
  | { code: 'config-not-json'; detail: string }
  | { code: 'config-not-object'; given: string; detail: string }
  /** `given`: the value as written in the file (JSON, shortened), null when the field is missing. */
  | { code: 'config-field'; field: ConfigField; given: string | null; detail: string };

export class ConfigError extends Error {
  readonly problem: ConfigProblem;
  constructor(problem: ConfigProblem) {
    super(`${CONFIG_FILE}: ${problem.code}${'field' in problem ? ` (${problem.field})` : ''}: ${problem.detail}`);
    this.name = 'ConfigError';
    this.problem = problem;
  }
}

export function parseConfig(json: unknown): RuntimeConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const given = givenText(json);
    throw new ConfigError({ code: 'config-not-object', given, detail: `not an object: ${given}` });
  }
  const given = json as Record<string, unknown>;
  const read: Record<string, unknown> = {};
  for (const field of CONFIG_FIELDS) {
    const rule = FIELD_RULES[field];
    const value = given[field];
    if (value === undefined) {
      if (rule.fallback !== undefined) read[field] = rule.fallback;
      else if (field !== 'widgetFeedUrl') throw new ConfigError({ code: 'config-field', field, given: null, detail: 'missing' });
    } else if (rule.valid(value)) {
      read[field] = value;
    } else {
      const text = givenText(value);
      throw new ConfigError({ code: 'config-field', field, given: text, detail: `invalid: ${text}` });
    }
  }
  const config = read as Omit<RuntimeConfig, 'adjustments'>;
  const adjustments: ConfigAdjustment[] = [];
  const poll = Math.min(POLL_SECONDS_RANGE.max, Math.max(POLL_SECONDS_RANGE.min, Math.round(config.pollSeconds)));
  if (poll !== config.pollSeconds) adjustments.push({ field: 'pollSeconds', given: config.pollSeconds, used: poll });
  return { ...config, pollSeconds: poll, adjustments };
}

const MAX_GIVEN_LENGTH = 40;

/** A value from the file as the administrator wrote it, short enough for a message. */
function givenText(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_GIVEN_LENGTH ? `${text.slice(0, MAX_GIVEN_LENGTH - 1)}…` : text;
}

/** Fetches and checks config.json relative to the page, so a build works from any sub-path. */
export async function loadConfig(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchImpl(new URL(CONFIG_FILE, baseUrl), { cache: 'no-cache' });
  } catch (error) {
    throw new ConfigError({ code: 'config-unreachable', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw new ConfigError({ code: 'config-unreachable', detail: `HTTP ${response.status}` });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError({ code: 'config-not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  return parseConfig(json);
}
