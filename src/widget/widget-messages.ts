// Words only the widget shows, in Vietnamese and English; numbers, dates and period names come from stats/format.
import type { Lang } from '../stats/format';

export type WidgetWords = {
  title: string;
  /** The sentence around the on-time rate: "{period}, {unit} đã giải quyết " + rate + " hồ sơ đúng hạn." */
  lead: (period: string, unit: string) => { before: string; after: string };
  noneResolved: (period: string, unit: string) => string;
  clamped: (month: string) => string;
  received: string;
  resolved: string;
  updated: string;
  loading: string;
  noDataYet: string;
  stale: (time: string) => string;
  unknownUnit: (unit: string) => string;
  badPeriod: (value: string) => string;
  noData: (unit: string, period: string) => string;
  details: string;
  newTab: string;
  allUnits: string;
};

const vi: WidgetWords = {
  title: 'Tình hình giải quyết hồ sơ thủ tục hành chính',
  lead: (period, unit) => ({ before: `${period}, ${unit} đã giải quyết `, after: ' hồ sơ đúng hạn.' }),
  noneResolved: (period, unit) => `${period}, ${unit} chưa có hồ sơ nào được giải quyết.`,
  clamped: (month) => `số liệu đến ${month}`,
  received: 'Đã tiếp nhận',
  resolved: 'Đã giải quyết',
  updated: 'Tự động cập nhật vào lúc',
  loading: 'Đang tải số liệu…',
  noDataYet: 'Chưa tải được số liệu',
  stale: (time) => `Không cập nhật được; đây là số liệu lúc ${time}.`,
  unknownUnit: (unit) => `Không tìm thấy đơn vị có mã "${unit}".`,
  badPeriod: (value) => `Không đọc được kỳ báo cáo "${value}".`,
  noData: (unit, period) => `${unit}: không có số liệu cho kỳ này (${period}).`,
  details: 'Xem chi tiết',
  newTab: '(mở trong thẻ mới)',
  allUnits: 'Tất cả đơn vị',
};

const en: WidgetWords = {
  title: 'Administrative procedure dossiers',
  lead: (period, unit) => ({ before: `${period}, ${unit} resolved `, after: ' of dossiers on time.' }),
  noneResolved: (period, unit) => `${period}, ${unit} has resolved no dossiers yet.`,
  clamped: (month) => `figures to ${month}`,
  received: 'Received',
  resolved: 'Resolved',
  updated: 'Automatically updated at',
  loading: 'Loading figures…',
  noDataYet: 'Figures could not be loaded',
  stale: (time) => `Could not update; these are the figures of ${time}.`,
  unknownUnit: (unit) => `No unit with code "${unit}".`,
  badPeriod: (value) => `Cannot read the period "${value}".`,
  noData: (unit, period) => `${unit}: no figures for this period (${period}).`,
  details: 'Full details',
  newTab: '(opens in a new tab)',
  allUnits: 'All units',
};

export function widgetWords(lang: Lang): WidgetWords {
  return lang === 'en' ? en : vi;
}
