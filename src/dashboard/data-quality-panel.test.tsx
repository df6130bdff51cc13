// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { parseFeedDocument } from '../feed/parse-feed';
import type { FeedDocument } from '../feed/feed-schema';
import type { RuntimeConfig } from '../config/runtime-config';
import { PageSetupProvider } from '../ui/page-setup-gate';
import smallProvince from '../../docs/examples/small-province.json';
import { DataQualityPanel, qualityIssueCount } from './data-quality-panel';

const HOUR = 3_600_000;

// The shared example: a consistent province with nothing to flag.
const example = (): FeedDocument => structuredClone(smallProvince) as FeedDocument;

function modelOf(doc = example()) {
  const parsed = parseFeedDocument(doc);
  if (!parsed.ok) throw new Error('refused');
  return parsed.model;
}

function summaryAt(model: ReturnType<typeof modelOf>, nowMs: number): string {
  vi.useFakeTimers({ now: nowMs });
  const config: RuntimeConfig = {
    feedUrl: 'demo',
    pollSeconds: 60,
    timeZone: 'Asia/Ho_Chi_Minh',
    onTimeTarget: 95,
    staleAfterSeconds: 600,
    title: 'Test',
    kioskReloadHour: 3,
    adjustments: [],
  };
  const { container } = render(
    <PageSetupProvider value={{ config, feedUrl: 'demo', chaos: null }}>
      <DataQualityPanel model={model} />
    </PageSetupProvider>,
  );
  return container.querySelector('summary')?.textContent ?? '';
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the data-quality summary', () => {
  it('names only what there is: a feed time in the future alone is not "0 rows left out"', () => {
    const model = modelOf();
    expect(summaryAt(model, model.generatedAtMs - 72 * HOUR)).toBe('Chất lượng số liệu: thời điểm tạo số liệu ở tương lai');
    expect(qualityIssueCount(model, model.generatedAtMs - 72 * HOUR, 600)).toBe(1);
  });

  it('counts rows left out, and says nothing is wrong when nothing is', () => {
    const doc = example();
    const clean = modelOf(doc);
    expect(summaryAt(clean, clean.generatedAtMs)).toBe('Chất lượng số liệu: Không có dòng nào bị loại.');
    cleanup();
    const broken = modelOf({ ...doc, stats: [...doc.stats, { ...doc.stats[0]!, receivedOnline: -1 }] });
    expect(summaryAt(broken, broken.generatedAtMs + 20 * 60_000)).toBe(
      'Chất lượng số liệu: 1 dòng bị loại, 1 đơn vị cần kiểm tra, số liệu cũ hơn giới hạn',
    );
  });
});
