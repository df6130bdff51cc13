// The widget for one field (lĩnh vực): the sentence names it, the figures are that field's (the hand-worked fixture's),
// and a field the document does not list gets a message and no numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../feed/parse-feed';
import { parsePeriod } from '../stats/period';
import { feedScreen, type WidgetChoice } from './widget-screen';
import { summaryText } from './widget-summary';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');
const parsed = parseFeedText(fixture('fields-example.json'));
if (!parsed.ok) throw new Error('fields example refused');
const model = parsed.model;
const expected = JSON.parse(fixture('fields-example.expected.json')) as {
  figures: Record<string, Record<string, Record<string, { onTimeRate: string; received: number; resolved: number }>>>;
};
const clock = { timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 1e9, now: model.generatedAtMs };
const base = 'https://thongke.example.vn/tthc/widget.html';

function screen(choice: Partial<WidgetChoice>) {
  return feedScreen(
    { model, error: null, failureCount: 0 },
    { unitId: null, period: parsePeriod('ytd')!, badPeriod: null, lang: 'vi', ...choice },
    clock,
    base,
  );
}

describe('the widget for one field', () => {
  it('names the field in the sentence, with that field’s figures worked out by hand', () => {
    const shown = screen({ fieldId: 'DD' });
    if (shown.kind !== 'figures') throw new Error(shown.kind);
    const hand = expected.figures.P1!.DD!.ytd!;
    expect(summaryText(shown.summary)).toContain(`Tỉnh Mẫu đã giải quyết ${hand.onTimeRate} hồ sơ lĩnh vực Đất đai đúng hạn.`);
    expect(shown.summary.counts.map((count) => count.value)).toEqual([String(hand.received), String(hand.resolved)]);
    expect(shown.link.href).toBe('https://thongke.example.vn/tthc/public.html?field=DD');
  });

  it('reads naturally in English', () => {
    const shown = screen({ fieldId: 'DD', unitId: 'C1', lang: 'en' });
    if (shown.kind !== 'figures') throw new Error(shown.kind);
    expect(expected.figures.C1!.DD!.ytd!.onTimeRate).toBe('50,0%');
    expect(summaryText(shown.summary)).toContain('Xã Phú Tâm resolved 50.0% of its Đất đai dossiers on time.');
  });

  it('gives a unit without that field no figures of another field', () => {
    expect(screen({ fieldId: 'DD', unitId: 'C2' }).kind).toBe('no-data');
    const shown = screen({ fieldId: 'LLTP', unitId: 'C1' });
    expect(shown.kind).toBe('no-data');
    if (shown.kind === 'no-data') expect(shown.text).toContain('lĩnh vực Lý lịch tư pháp');
  });

  it('says an unknown field plainly, with no numbers', () => {
    const shown = screen({ fieldId: 'NOPE' });
    expect(shown).toMatchObject({ kind: 'message', alert: true, text: 'Không tìm thấy lĩnh vực có mã "NOPE".' });
  });

  it('keeps the sentence of every field when none is chosen', () => {
    const shown = screen({});
    if (shown.kind !== 'figures') throw new Error(shown.kind);
    expect(summaryText(shown.summary)).toContain(`Tỉnh Mẫu đã giải quyết ${expected.figures.P1!['*']!.ytd!.onTimeRate} hồ sơ đúng hạn.`);
  });
});
