// The one lookup: placeholders filled once, the rate's sentence split before filling, each page's catalogue its own.
import { describe, expect, it } from 'vitest';
import { translate as appTranslate } from './messages';
import { translateAround, translator } from './translate';
import { translate as widgetTranslate } from './widget-messages';

describe('translate', () => {
  const translate = translator({ vi: { greet: 'Chào {name}, {name}!' }, en: { greet: 'Hello {name}, {name}!' } });

  it('fills every placeholder, and leaves one without a param as written', () => {
    expect(translate('vi', 'greet', { name: 'Lan' })).toBe('Chào Lan, Lan!');
    expect(translate('en', 'greet', {})).toBe('Hello {name}, {name}!');
  });

  it('never reads a param for placeholders', () => {
    expect(translate('en', 'greet', { name: '{name}' })).toBe('Hello {name}, {name}!');
  });
});

describe('translateAround', () => {
  it('gives the words around the rate, as the widget and the kiosk set it in bold', () => {
    const parts = translateAround(widgetTranslate, 'vi', 'summary.lead', { period: 'Quý 3/2026', unit: 'Xã Phú Tâm' }, 'rate');
    expect(parts).toEqual({ before: 'Quý 3/2026, Xã Phú Tâm đã giải quyết ', after: ' hồ sơ đúng hạn.' });
    expect(translateAround(appTranslate, 'en', 'summary.lead', { period: 'In 2025', unit: 'All units' }, 'rate')).toEqual({
      before: 'In 2025, All units resolved ',
      after: ' of dossiers on time.',
    });
  });

  it('cuts at the template, so a unit named "{rate}" cannot move the cut', () => {
    const parts = translateAround(widgetTranslate, 'en', 'summary.lead', { period: 'In 2025', unit: 'Unit {rate}' }, 'rate');
    expect(parts).toEqual({ before: 'In 2025, Unit {rate} resolved ', after: ' of dossiers on time.' });
  });
});

describe('catalogue parts', () => {
  it('says the common words the same way on the widget and the React pages', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(widgetTranslate(lang, 'app.allUnits')).toBe(appTranslate(lang, 'app.allUnits'));
      expect(widgetTranslate(lang, 'demo.chaos', { share: 0.3, percent: '30%' })).toBe(
        appTranslate(lang, 'demo.chaos', { share: 0.3, percent: '30%' }),
      );
    }
  });
});
