import { describe, expect, it } from 'vitest';
import { CONFIG_FIELDS, ConfigError, parseConfig } from '../config/runtime-config';
import { translate } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import { configProblemText, setupNotes } from './page-setup-gate';

const tr = (lang: Lang) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);

function problem(json: unknown): ConfigError {
  try {
    parseConfig(json);
  } catch (error) {
    if (error instanceof ConfigError) return error;
  }
  throw new Error('expected a ConfigError');
}

describe('what a page says about config.json', () => {
  it.each(CONFIG_FIELDS)('names %s, what it must be and what it is, in both languages', (field) => {
    const error = problem({ feedUrl: 'demo', [field]: { wrong: true } });
    const vi = configProblemText(error, tr('vi'));
    expect(vi).toBe(
      `Tệp config.json: trường "${field}" không hợp lệ: cần ${translate('vi', `config.expect.${field}`)}, đang là {"wrong":true}.`,
    );
    expect(configProblemText(error, tr('en'))).toContain(`config.json: field "${field}" is invalid: it must be `);
  });

  it('says a missing field, a file that is not an object, and a clamped poll', () => {
    expect(configProblemText(problem({}), tr('vi'))).toBe('Tệp config.json: thiếu trường "feedUrl" ("demo" hoặc một địa chỉ URL).');
    expect(configProblemText(problem(['feed.json']), tr('en'))).toBe('config.json must be a JSON object {…}, and is ["feed.json"].');
    const config = parseConfig({ feedUrl: 'demo', pollSeconds: 0 });
    expect(setupNotes({ config, chaos: null }, tr('vi'))).toEqual([
      { text: 'config.json: pollSeconds = 0 nằm ngoài khoảng cho phép, đang dùng 10 giây.', alert: false },
    ]);
  });

  it('says when the demo’s chaos switch is on, or could not be read', () => {
    const config = parseConfig({ feedUrl: 'demo' });
    expect(setupNotes({ config, chaos: { share: 0.3 } }, tr('en'))).toEqual([
      { text: 'Chaos mode (chaos=0.3): the simulated feed fails about 30% of requests on purpose.', alert: false },
    ]);
    expect(setupNotes({ config, chaos: { invalid: '30%' } }, tr('vi'))).toEqual([
      { text: 'Tham số chaos "30%" không hợp lệ (cần một số từ 0 đến 1); chế độ thử lỗi không bật.', alert: true },
    ]);
  });
});
