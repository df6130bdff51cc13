// The kiosk's slide of fields (issue 12), on the hand-worked fixture: the fields with overdue or due-soon dossiers,
// most overdue first; none for a document without fields, nor on a screen of one field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forField } from '../feed/field-view';
import { parseFeedText } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { parsePeriod } from '../stats/period';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { buildSlides, type OkView } from './kiosk-slides';

const text = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

function load(name: string): FeedModel {
  const parsed = parseFeedText(text(name));
  if (!parsed.ok) throw new Error('refused');
  return parsed.model;
}

function slidesOf(model: FeedModel, unitId: string | null) {
  const view = unitPeriodFigures(model, unitId, parsePeriod('ytd')!);
  if (view.status !== 'ok') throw new Error(view.status);
  return buildSlides(model, view as OkView, { onTimeTarget: 95, nameOf: (unit) => unit.name });
}

describe('the fields slide', () => {
  it('lists the fields with overdue or due-soon dossiers, most overdue first (fields-example.md)', () => {
    const fields = slidesOf(load('tests/fixtures/fields-example.json'), 'P1').find((slide) => slide.kind === 'fields');
    expect(fields).toMatchObject({
      rows: [
        { fieldId: 'DD', name: 'Đất đai', overdue: 2, dueSoon: 3 },
        { fieldId: 'LLTP', name: 'Lý lịch tư pháp', overdue: 1, dueSoon: 3 },
        { fieldId: 'HT', name: 'Hộ tịch', overdue: 0, dueSoon: 3 },
      ],
      fieldsShown: 3,
      totalOverdue: 3,
      totalDueSoon: 9,
    });
  });

  it('is not shown on a screen of one field, nor for a document without fields', () => {
    const model = load('tests/fixtures/fields-example.json');
    expect(slidesOf(forField(model, 'DD'), 'P1').some((slide) => slide.kind === 'fields')).toBe(false);
    expect(slidesOf(load('docs/examples/small-province.json'), null).some((slide) => slide.kind === 'fields')).toBe(false);
  });
});
