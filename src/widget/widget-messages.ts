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
  /** Why there are no figures yet, in a citizen's words: no status codes on a portal's page. */
  trouble: { unreachable: string; refused: string };
  retrying: string;
  stale: (time: string) => string;
  /** The feed answers, but its figures have not moved for longer than the configured stale limit. */
  unchanged: (time: string) => string;
  /** The source's update time is ahead of this clock by more than drift: shown as given, with a word that it may be wrong. */
  future: (time: string) => string;
  /** The figures leave out rows the source sent broken. */
  partial: (count: string) => string;
  unknownUnit: (unit: string) => string;
  badPeriod: (value: string) => string;
  /** A URL parameter the widget cannot use (lang, theme), said under whatever it shows. */
  badParam: (param: string, value: string) => string;
  pollAdjusted: (given: number, used: number) => string;
  /** The demo feed's chaos switch: on (a share), or a value it could not read. */
  chaos: (share: number) => string;
  badChaos: (value: string) => string;
  noData: (unit: string, period: string) => string;
  details: string;
  newTab: string;
  allUnits: string;
  /** Said by screen readers, politely, when a poll brings new figures. */
  figuresUpdated: string;
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
  trouble: { unreachable: 'không kết nối được tới nguồn số liệu', refused: 'nguồn số liệu gửi về tài liệu không hợp lệ' },
  retrying: 'sẽ tự động thử lại',
  stale: (time) => `Không cập nhật được; đây là số liệu lúc ${time}.`,
  unchanged: (time) => `Nguồn số liệu chưa có số liệu mới từ ${time}.`,
  future: (time) => `Giờ cập nhật do nguồn số liệu ghi (${time}) ở tương lai, có thể chưa đúng.`,
  partial: (count) => `Số liệu chưa đầy đủ: ${count} dòng không hợp lệ của nguồn đã bị loại.`,
  unknownUnit: (unit) => `Không tìm thấy đơn vị có mã "${unit}".`,
  badPeriod: (value) => `Không đọc được kỳ báo cáo "${value}".`,
  badParam: (param, value) => `Tham số ${param} "${value}" không hợp lệ; dùng mặc định.`,
  pollAdjusted: (given, used) => `config.json: pollSeconds = ${given} nằm ngoài khoảng cho phép, đang dùng ${used} giây.`,
  chaos: (share) =>
    `Chế độ thử lỗi (chaos=${share}): nguồn số liệu mô phỏng cố ý hỏng ${share >= 1 ? 'mọi' : `khoảng ${Math.round(share * 100)}% số`} yêu cầu.`,
  badChaos: (value) => `Tham số chaos "${value}" không hợp lệ (cần một số từ 0 đến 1); chế độ thử lỗi không bật.`,
  noData: (unit, period) => `${unit}: không có số liệu cho kỳ này (${period}).`,
  details: 'Xem chi tiết',
  newTab: '(mở trong thẻ mới)',
  allUnits: 'Tất cả đơn vị',
  figuresUpdated: 'Số liệu vừa cập nhật.',
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
  trouble: { unreachable: 'the data source cannot be reached', refused: 'the data source sent an invalid document' },
  retrying: 'retrying automatically',
  stale: (time) => `Could not update; these are the figures of ${time}.`,
  unchanged: (time) => `The data source has had no new figures since ${time}.`,
  future: (time) => `The update time the data source gives (${time}) is in the future and may be wrong.`,
  partial: (count) => `Figures incomplete: ${count} invalid rows of the source were left out.`,
  unknownUnit: (unit) => `No unit with code "${unit}".`,
  badPeriod: (value) => `Cannot read the period "${value}".`,
  badParam: (param, value) => `Parameter ${param} "${value}" is not valid; using the default.`,
  pollAdjusted: (given, used) => `config.json: pollSeconds = ${given} is out of range; using ${used} s.`,
  chaos: (share) =>
    `Chaos mode (chaos=${share}): the simulated feed fails ${share >= 1 ? 'every request' : `about ${Math.round(share * 100)}% of requests`} on purpose.`,
  badChaos: (value) => `chaos "${value}" is not valid (a number from 0 to 1); chaos mode is off.`,
  noData: (unit, period) => `${unit}: no figures for this period (${period}).`,
  details: 'Full details',
  newTab: '(opens in a new tab)',
  allUnits: 'All units',
  figuresUpdated: 'Figures just updated.',
};

export function widgetWords(lang: Lang): WidgetWords {
  return lang === 'en' ? en : vi;
}
