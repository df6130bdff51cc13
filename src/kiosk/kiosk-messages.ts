// Words only the kiosk shows, in Vietnamese and English; numbers, dates and period names come from stats/format.
import type { Lang } from '../stats/format';
import { ageParts } from './kiosk-freshness';

export type KioskWords = {
  allUnits: string;
  /** The widget's sentence around the on-time rate: "{period}, {unit} đã giải quyết " + rate + " hồ sơ đúng hạn." */
  lead: (period: string, unit: string) => { before: string; after: string };
  noneResolved: (period: string, unit: string) => string;
  clamped: (month: string) => string;
  received: string;
  receivedDetail: (onlineRate: string) => string;
  resolved: string;
  /**
   * Early and on time together, as the on-time rate counts them. Never the bare "Đúng hạn" / "On time": the
   * dashboard uses those for the on-time column alone, a different number.
   */
  resolvedDetail: (earlyOrOnTime: string) => string;
  pending: string;
  pendingDetail: (overdue: string) => string;
  onTimeRate: string;
  target: (target: string) => string;
  meetsTarget: string;
  belowTarget: string;
  rankingTitle: string;
  volumeTitle: string;
  volumeSubtitle: (shown: number, total: number) => string;
  trendTitle: string;
  trendSubtitle: (from: string, to: string) => string;
  overdueTitle: string;
  overdueSubtitle: (units: number, dossiers: string) => string;
  overdueCount: (count: string) => string;
  overdueOf: (pending: string) => string;
  page: (page: number, pages: number) => string;
  slideOf: (index: number, count: number) => string;
  unitColumn: string;
  rankColumn: string;
  monthColumn: string;
  updatedAt: string;
  savedCopy: (age: string) => string;
  stale: {
    unreachable: (since: string, age: string) => string;
    refused: (since: string, age: string) => string;
    unchanged: (since: string, age: string) => string;
    retrying: string;
  };
  reconnecting: string;
  refusedRetrying: string;
  /** After the update time when the source gives one in the future: shown as given, said to be the source's. */
  futureTime: string;
  /** The figures leave out rows the source sent broken. */
  partial: (count: string) => string;
  loading: string;
  noDataYet: string;
  retrying: string;
  configProblem: string;
  usingSavedConfig: string;
  unknownUnit: (unit: string) => string;
  badParam: (param: string, value: string) => string;
  rotateInvalid: (value: string, seconds: number) => string;
  noData: (unit: string, period: string) => string;
  age: (ms: number) => string;
};

function viAge(ms: number): string {
  const { days, hours, minutes } = ageParts(ms);
  if (days > 0) return hours > 0 ? `${days} ngày ${hours} giờ` : `${days} ngày`;
  if (hours > 0) return minutes > 0 ? `${hours} giờ ${minutes} phút` : `${hours} giờ`;
  return minutes > 0 ? `${minutes} phút` : 'chưa đến 1 phút';
}

function enAge(ms: number): string {
  const { days, hours, minutes } = ageParts(ms);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return minutes > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  return minutes > 0 ? unit(minutes, 'minute') : 'less than a minute';
}

const vi: KioskWords = {
  allUnits: 'Tất cả đơn vị',
  lead: (period, unit) => ({ before: `${period}, ${unit} đã giải quyết `, after: ' hồ sơ đúng hạn.' }),
  noneResolved: (period, unit) => `${period}, ${unit} chưa có hồ sơ nào được giải quyết.`,
  clamped: (month) => `số liệu đến ${month}`,
  received: 'Đã tiếp nhận',
  receivedDetail: (rate) => `Trực tuyến ${rate}`,
  resolved: 'Đã giải quyết',
  resolvedDetail: (count) => `Trước và đúng hạn ${count}`,
  pending: 'Đang giải quyết',
  pendingDetail: (count) => `Quá hạn ${count}`,
  onTimeRate: 'Tỷ lệ đúng hạn',
  target: (target) => `Mục tiêu ${target}`,
  meetsTarget: 'đạt mục tiêu',
  belowTarget: 'dưới mục tiêu',
  rankingTitle: 'Xếp hạng tỷ lệ giải quyết hồ sơ đúng hạn',
  volumeTitle: 'Hồ sơ đã tiếp nhận và đã giải quyết theo đơn vị',
  volumeSubtitle: (shown, total) => (shown < total ? `${shown} đơn vị tiếp nhận nhiều nhất trong ${total} đơn vị` : `${total} đơn vị`),
  trendTitle: 'Diễn biến theo tháng',
  trendSubtitle: (from, to) => `Từ ${from} đến ${to}`,
  overdueTitle: 'Đơn vị có hồ sơ đang giải quyết quá hạn',
  overdueSubtitle: (units, dossiers) => `${units} đơn vị, ${dossiers} hồ sơ quá hạn`,
  overdueCount: (count) => `${count} hồ sơ quá hạn`,
  overdueOf: (pending) => `trên ${pending} đang giải quyết`,
  page: (page, pages) => `Trang ${page}/${pages}`,
  slideOf: (index, count) => `Trang chiếu ${index}/${count}`,
  unitColumn: 'Đơn vị',
  rankColumn: 'Hạng',
  monthColumn: 'Tháng',
  updatedAt: 'Cập nhật vào lúc',
  savedCopy: (age) => `số liệu đã lưu trên máy, cách đây ${age}`,
  stale: {
    unreachable: (since, age) =>
      `Chưa kết nối được tới nguồn số liệu. Số liệu trên màn hình chưa được cập nhật từ ${since} (${age} trước).`,
    refused: (since, age) =>
      `Nguồn số liệu gửi về tài liệu không hợp lệ. Số liệu trên màn hình chưa được cập nhật từ ${since} (${age} trước).`,
    unchanged: (since, age) => `Nguồn số liệu chưa có số liệu mới từ ${since} (${age} trước).`,
    retrying: 'Hệ thống đang tự động thử lại.',
  },
  reconnecting: 'Đang kết nối lại nguồn số liệu…',
  refusedRetrying: 'Nguồn số liệu gửi về tài liệu không hợp lệ; đang thử lại…',
  futureTime: 'giờ do nguồn số liệu ghi, ở tương lai, có thể chưa đúng',
  partial: (count) => `Số liệu chưa đầy đủ: ${count} dòng không hợp lệ của nguồn đã bị loại.`,
  loading: 'Đang tải số liệu…',
  noDataYet: 'Chưa tải được số liệu.',
  retrying: 'Hệ thống đang tự động thử lại.',
  configProblem: 'Chưa đọc được tệp cấu hình config.json.',
  usingSavedConfig: 'Chưa đọc được config.json: đang dùng cấu hình đã lưu, tự động thử lại.',
  unknownUnit: (unit) => `Không tìm thấy đơn vị có mã "${unit}" trong nguồn số liệu.`,
  badParam: (param, value) => `Tham số ${param} "${value}" không hợp lệ; dùng mặc định.`,
  rotateInvalid: (value, seconds) => `Tham số rotate "${value}" không hợp lệ; chuyển trang mỗi ${seconds} giây.`,
  noData: (unit, period) => `${unit}: không có số liệu cho kỳ này (${period}).`,
  age: viAge,
};

const en: KioskWords = {
  allUnits: 'All units',
  lead: (period, unit) => ({ before: `${period}, ${unit} resolved `, after: ' of dossiers on time.' }),
  noneResolved: (period, unit) => `${period}, ${unit} has resolved no dossiers yet.`,
  clamped: (month) => `figures to ${month}`,
  received: 'Received',
  receivedDetail: (rate) => `Online ${rate}`,
  resolved: 'Resolved',
  resolvedDetail: (count) => `Early or on time ${count}`,
  pending: 'Being processed',
  pendingDetail: (count) => `Overdue ${count}`,
  onTimeRate: 'On-time rate',
  target: (target) => `Target ${target}`,
  meetsTarget: 'meets target',
  belowTarget: 'below target',
  rankingTitle: 'On-time resolution ranking',
  volumeTitle: 'Dossiers received and resolved by unit',
  volumeSubtitle: (shown, total) => (shown < total ? `The ${shown} busiest of ${total} units` : `${total} units`),
  trendTitle: 'Month by month',
  trendSubtitle: (from, to) => `${from} to ${to}`,
  overdueTitle: 'Units with overdue dossiers being processed',
  overdueSubtitle: (units, dossiers) => `${units} units, ${dossiers} overdue dossiers`,
  overdueCount: (count) => `${count} overdue`,
  overdueOf: (pending) => `of ${pending} being processed`,
  page: (page, pages) => `Page ${page}/${pages}`,
  slideOf: (index, count) => `Slide ${index} of ${count}`,
  unitColumn: 'Unit',
  rankColumn: 'Rank',
  monthColumn: 'Month',
  updatedAt: 'Updated at',
  savedCopy: (age) => `copy saved on this screen, ${age} old`,
  stale: {
    unreachable: (since, age) => `The data source cannot be reached. The figures shown have not been updated since ${since} (${age} ago).`,
    refused: (since, age) =>
      `The data source sent an invalid document. The figures shown have not been updated since ${since} (${age} ago).`,
    unchanged: (since, age) => `The data source has had no new figures since ${since} (${age} ago).`,
    retrying: 'Retrying automatically.',
  },
  reconnecting: 'Reconnecting to the data source…',
  refusedRetrying: 'The data source sent an invalid document; retrying…',
  futureTime: 'the time the data source gives, in the future, may be wrong',
  partial: (count) => `Figures incomplete: ${count} invalid rows of the source were left out.`,
  loading: 'Loading figures…',
  noDataYet: 'Figures could not be loaded yet.',
  retrying: 'Retrying automatically.',
  configProblem: 'config.json could not be read yet.',
  usingSavedConfig: 'config.json could not be read: using the saved configuration, retrying.',
  unknownUnit: (unit) => `No unit with code "${unit}" in the data source.`,
  badParam: (param, value) => `Parameter ${param} "${value}" is not valid; using the default.`,
  rotateInvalid: (value, seconds) => `rotate "${value}" is not valid; changing slides every ${seconds} seconds.`,
  noData: (unit, period) => `${unit}: no figures for this period (${period}).`,
  age: enAge,
};

export function kioskWords(lang: Lang): KioskWords {
  return lang === 'en' ? en : vi;
}
