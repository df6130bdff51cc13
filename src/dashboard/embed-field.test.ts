// The embed dialog's snippets carry the chosen field, as embed.js reads it (data-field) and the widget (field=).
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../stats/period';
import { embedSnippets } from './embed-dialog';

const choice = { unitId: '31569', period: parsePeriod('2026-Q3')!, theme: 'light' as const, lang: 'vi' as const, title: 'Xã Phú Tâm' };

describe('embed snippets by field', () => {
  it('pass the field in the script’s data-field and the widget’s URL', () => {
    const { script, widgetUrl } = embedSnippets('https://thongke.example.vn/tthc/', { ...choice, fieldId: 'DD' });
    expect(script).toContain(' data-unit="31569" data-field="DD" data-period="2026-Q3"');
    expect(new URL(widgetUrl).searchParams.get('field')).toBe('DD');
  });

  it('write no field for every field', () => {
    const { script, widgetUrl } = embedSnippets('https://thongke.example.vn/tthc/', { ...choice, fieldId: null });
    expect(script).not.toContain('data-field');
    expect(new URL(widgetUrl).searchParams.has('field')).toBe(false);
  });
});
