// config.json, read at start-up beside the pages so one build serves every deployment (FEED.md "Runtime configuration").
import * as z from 'zod/mini';
import { isValidTimeZone } from '../stats/format';

export const CONFIG_FILE = 'config.json';
export const DEMO_FEED = 'demo';

/** Polling faster than this hammers a publisher; slower than this is no longer "live". */
export const POLL_SECONDS_RANGE = { min: 10, max: 3600 } as const;

/** The title when config.json names none; the pages show it in the viewer's language. */
export const DEFAULT_TITLE = 'Tình hình giải quyết hồ sơ thủ tục hành chính';

const configSchema = z.object({
  feedUrl: z.string().check(z.minLength(1, 'must be "demo" or a URL')),
  widgetFeedUrl: z.optional(z.string().check(z.minLength(1))),
  pollSeconds: z._default(z.optional(z.number()), 60),
  timeZone: z._default(z.optional(z.string().check(z.refine(isValidTimeZone, 'not a known IANA time zone'))), 'Asia/Ho_Chi_Minh'),
  onTimeTarget: z._default(z.optional(z.number().check(z.gte(0), z.lte(100))), 95),
  staleAfterSeconds: z._default(z.optional(z.number().check(z.positive())), 600),
  title: z._default(z.optional(z.string()), DEFAULT_TITLE),
  /** Hour (0–23, configured zone) at which the kiosk reloads itself. */
  kioskReloadHour: z._default(z.optional(z.int().check(z.gte(0), z.lte(23))), 3),
});

export type RuntimeConfig = z.infer<typeof configSchema> & {
  /** What was adjusted to keep the app sane, said on screen. */
  adjustments: ConfigAdjustment[];
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
] as const satisfies ReadonlyArray<keyof z.infer<typeof configSchema>>;
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
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An object schema only reports issues under its own keys.
    const field = (issue?.path[0] ?? 'feedUrl') as ConfigField;
    const value = (json as Record<string, unknown>)[field];
    const given = value === undefined ? null : givenText(value);
    const detail = given === null ? 'missing' : `${issue?.message ?? 'invalid'}: ${given}`;
    throw new ConfigError({ code: 'config-field', field, given, detail });
  }
  const config = parsed.data;
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
