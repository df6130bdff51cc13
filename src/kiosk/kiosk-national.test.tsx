// @vitest-environment jsdom
// The kiosk on a national view (FEED.md "Federation"): the partial notice large on the wall, the provinces' times as the
// headline, and a saved copy that a restart during an outage can show.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { parseConfig } from '../config/runtime-config';
import { unitScope } from '../view/national-words';
import { NATIONAL_NOW_MS, SMALL_PROVINCE_TEXT, modelOf, nationalSnapshot, otherProvinceText } from '../view/national-test-snapshot';
import { periodFigures } from '../stats/roll-up';
import { KioskNationalNotice } from './kiosk-national';
import { MemoryStorage } from './memory-storage';
import { UpdatedAt } from './kiosk-update-status';
import { STORAGE_KEYS, copyTime, nationalCopy, restoreKiosk, saveDocument, saveSetup } from './kiosk-persistence';
import { federate } from '../feed/federate';

const config = parseConfig({ feedUrl: 'index.json', pollSeconds: 60, staleAfterSeconds: 3600, timeZone: 'Asia/Ho_Chi_Minh' });
const INDEX = 'https://thongke.example.vn/tthc/index.json';
const setup = { config, feedUrl: INDEX, chaos: null };

afterEach(() => {
  vi.useRealTimers();
});

function notice(failing: boolean, unitId?: string): HTMLElement {
  vi.useFakeTimers({ now: NATIONAL_NOW_MS });
  const snapshot = nationalSnapshot({ failing });
  const scope = unitScope(snapshot.model, snapshot.federation!, unitId ?? snapshot.model.rootId);
  return render(<KioskNationalNotice setup={setup} status={scope.status} />).container;
}

describe('the kiosk on a national view', () => {
  it('names the missing province and since when, in a status the wall shows large', () => {
    const partial = notice(true).querySelector('.federation-partial');
    expect(partial?.classList.contains('kiosk-partial')).toBe(true);
    expect(partial?.getAttribute('role')).toBe('status');
    expect(partial?.textContent).toBe('Số liệu chưa đủ: thiếu 1/3 tỉnh: Tỉnh Lai Châu (không tải được từ 17:05).');
  });

  it('shows no notice when every province is in and fresh, nor on a unit of a province that answers', () => {
    expect(notice(false).querySelector('.federation-partial')).toBeNull();
    expect(notice(true, 'B-C1').querySelector('.federation-partial')).toBeNull();
  });

  it('says the oldest and the newest update time of the provinces as its headline time', () => {
    vi.useFakeTimers({ now: NATIONAL_NOW_MS });
    const { model } = nationalSnapshot();
    const { container } = render(
      <UpdatedAt
        generatedAt={model.generatedAt}
        generatedAtMs={model.generatedAtMs}
        national={model}
        fromSavedCopy={false}
        failure={null}
        lang="vi"
        timeZone="Asia/Ho_Chi_Minh"
      />,
    );
    expect(container.textContent).toBe('Cập nhật vào lúc 16:40 – 17:10 (2 tỉnh)');
  });
});

describe('the kiosk’s saved copy of a national view', () => {
  it('keeps the country and its provinces as one plain document dated by the oldest province, with the same figures', () => {
    const storage = new MemoryStorage();
    saveSetup(storage, { config, feedUrl: INDEX });
    const snapshot = nationalSnapshot();
    expect(saveDocument(storage, INDEX, snapshot, 1000)).toBe(true);
    const restored = restoreKiosk(storage).document;
    expect(restored?.feedUrl).toBe(INDEX);
    const model = restored!.snapshot.model;
    // A plain document: no federation, no validators of the index (the first poll must read the index again).
    expect(model.federation).toBeNull();
    expect(restored?.snapshot.federation).toBeUndefined();
    expect(restored?.snapshot.etag).toBeNull();
    expect(model.generatedAt).toBe('2026-03-31T16:40:00+07:00');
    expect(copyTime(snapshot)).toBe('2026-03-31T16:40:00+07:00');
    // One root, the index's, over the two provinces, and nothing below them: the whole view would not fit the storage.
    expect(model.units.get(model.rootId)?.name).toBe('Cả nước');
    expect(model.units.get(model.rootId)?.childIds).toEqual(['P1', 'B-P1']);
    expect(model.units.size).toBe(3);
    // The same figures as the national view, for the country and for each province, over every period it holds.
    const live = snapshot.model;
    const months = { from: model.months!.earliest, to: model.months!.latest };
    for (const range of [months, { from: months.to, to: months.to }, { from: months.from, to: months.from }]) {
      const before = periodFigures(live, range);
      const after = periodFigures(model, range);
      // rowCount alone differs: it counts the rows summed, a province's month one row in the copy.
      const figures = (value: unknown) => ({ ...(value as object), rowCount: 0 });
      expect(figures(after.get(model.rootId))).toEqual(figures(before.get(live.rootId)));
      for (const id of ['P1', 'B-P1']) expect(figures(after.get(id))).toEqual(figures(before.get(id)));
      expect(after.get(model.rootId)?.rowCount).toBeGreaterThan(0);
    }
    const one = periodFigures(modelOf(SMALL_PROVINCE_TEXT), months).get('P1')!.received;
    const two = periodFigures(modelOf(otherProvinceText()), months).get('B-P1')!.received;
    expect(periodFigures(model, months).get(model.rootId)?.received).toBe(one + two);
  });

  it('keeps no copy while a province is missing: a national total short of a province would not say so', () => {
    const storage = new MemoryStorage();
    expect(saveDocument(storage, INDEX, nationalSnapshot({ failing: true }), 1000)).toBe(false);
    expect(storage.getItem(STORAGE_KEYS.document)).toBeNull();
  });

  it('keeps no copy when a unit’s months differ from its province’s: summed stocks would fall short of the live roll-up', () => {
    const doc = JSON.parse(otherProvinceText()) as { stats: { unitId: string; month: string }[] };
    const months = doc.stats
      .filter((row) => row.unitId === 'B-C1')
      .map((row) => row.month)
      .sort();
    // One commune stops reporting a month before the others: the live figures take its pending from its own last row.
    doc.stats = doc.stats.filter((row) => !(row.unitId === 'B-C1' && row.month === months.at(-1)));
    const one = modelOf(SMALL_PROVINCE_TEXT);
    const two = modelOf(JSON.stringify(doc));
    const whole = nationalSnapshot();
    const model = federate('Cả nước', [
      { feedId: 'P1', name: 'Tỉnh Mẫu', model: one, full: true },
      { feedId: 'B-P1', name: 'Tỉnh B', model: two, full: true },
    ]);
    expect(nationalCopy({ ...whole, model })).toBeNull();
    expect(nationalCopy(whole)).not.toBeNull();
  });

  it('restores nothing, and does not crash, from a copy whose text is an index (as an earlier build saved it)', () => {
    const storage = new MemoryStorage();
    const snapshot = nationalSnapshot();
    storage.setItem(
      STORAGE_KEYS.document,
      JSON.stringify({ version: 1, feedUrl: INDEX, text: snapshot.text, etag: '"i"', lastModified: null, savedAt: 1 }),
    );
    expect(restoreKiosk(storage).document).toBeNull();
  });
});
