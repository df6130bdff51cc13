// The kiosk's own words, a part of the catalogue the React pages share (see messages.ts); its ages on the wall.
import type { Lang } from './lang';
import type { Catalogue } from './translate';

const vi = {
  'kiosk.receivedDetail': 'Trực tuyến {rate}',
  // Early and on time together, as the on-time rate counts them. Never the bare "Đúng hạn" / "On time": the dashboard
  // uses those for the on-time column alone, a different number.
  'kiosk.resolvedDetail': 'Trước và đúng hạn {count}',
  'kiosk.pending': 'Đang giải quyết',
  'kiosk.pendingDetail': 'Quá hạn {count}',
  'kiosk.onTimeRate': 'Tỷ lệ đúng hạn',
  'kiosk.target': 'Mục tiêu {target}',
  'kiosk.meetsTarget': 'đạt mục tiêu',
  'kiosk.belowTarget': 'dưới mục tiêu',
  'kiosk.rankingTitle': 'Xếp hạng tỷ lệ giải quyết hồ sơ đúng hạn',
  'kiosk.volumeTitle': 'Hồ sơ đã tiếp nhận và đã giải quyết theo đơn vị',
  'kiosk.volumeSubtitle': '{shown} đơn vị tiếp nhận nhiều nhất trong {total} đơn vị',
  'kiosk.volumeSubtitleAll': '{total} đơn vị',
  'kiosk.trendTitle': 'Diễn biến theo tháng',
  'kiosk.trendSubtitle': 'Từ {from} đến {to}',
  'kiosk.overdueTitle': 'Đơn vị có hồ sơ đang giải quyết quá hạn',
  'kiosk.overdueSubtitle': '{units} đơn vị, {dossiers} hồ sơ quá hạn',
  'kiosk.overdueCount': '{count} hồ sơ quá hạn',
  'kiosk.overdueOf': 'trên {pending} đang giải quyết',
  'kiosk.rankingEnds': '{ends} đơn vị cao nhất và {ends} đơn vị thấp nhất trong {total} đơn vị',
  'kiosk.rankingAll': '{total} đơn vị',
  'kiosk.rankingGap': '… {count} đơn vị ở giữa …',
  // The ranking's bars start at the target and run to the rate: the distance to the target is what differs between units.
  'kiosk.scaleBelow': '← dưới mục tiêu',
  'kiosk.scaleAbove': 'trên mục tiêu →',
  'kiosk.overdueTop': '{shown} đơn vị nhiều nhất',
  // The same months a year earlier, like with like.
  'kiosk.lastYear': 'Cùng kỳ năm trước ({months}): {rate}',
  'kiosk.monthToDate': 'Tháng {month}: tháng đang diễn ra',
  'kiosk.qrCaption': 'Quét để xem trên điện thoại',
  'kiosk.slideOf': 'Trang chiếu {index}/{count}',
  'kiosk.unitColumn': 'Đơn vị',
  'kiosk.rankColumn': 'Hạng',
  'kiosk.monthColumn': 'Tháng',
  'kiosk.updatedAt': 'Cập nhật vào lúc',
  'kiosk.savedCopy': 'số liệu đã lưu trên máy, cách đây {age}',
  'kiosk.stale.unreachable': 'Chưa kết nối được tới nguồn số liệu. Số liệu trên màn hình chưa được cập nhật từ {since} ({age} trước).',
  'kiosk.stale.refused': 'Nguồn số liệu gửi về tài liệu không hợp lệ. Số liệu trên màn hình chưa được cập nhật từ {since} ({age} trước).',
  'kiosk.stale.unchanged': 'Nguồn số liệu chưa có số liệu mới từ {since} ({age} trước).',
  'kiosk.reconnecting': 'Đang kết nối lại nguồn số liệu…',
  'kiosk.refusedRetrying': 'Nguồn số liệu gửi về tài liệu không hợp lệ; đang thử lại…',
  // After the update time when the source gives one in the future: shown as given, said to be the source's.
  'kiosk.futureTime': 'giờ do nguồn số liệu ghi, ở tương lai, có thể chưa đúng',
  'kiosk.noDataYet': 'Chưa tải được số liệu.',
  // What citizens read when the first load fails; the technical reason is for officials, on the dashboard.
  'kiosk.firstLoad.unreachable': 'Chưa kết nối được tới nguồn số liệu.',
  'kiosk.firstLoad.refused': 'Nguồn số liệu gửi về tài liệu không hợp lệ.',
  'kiosk.retrying': 'Hệ thống đang tự động thử lại.',
  'kiosk.configProblem': 'Chưa đọc được tệp cấu hình config.json.',
  'kiosk.usingSavedConfig': 'Chưa đọc được config.json: đang dùng cấu hình đã lưu, tự động thử lại.',
  'kiosk.unknownUnit': 'Không tìm thấy đơn vị có mã "{unit}" trong nguồn số liệu.',
  'kiosk.rotateInvalid': 'Tham số rotate "{value}" không hợp lệ; chuyển trang mỗi {seconds} giây.',
  // Fields (lĩnh vực, issue 12): the slide of the fields with the most overdue and due-soon dossiers.
  'field.kioskTitle': 'Lĩnh vực có hồ sơ quá hạn, sắp đến hạn',
  'field.kioskSubtitle': '{fields} lĩnh vực · {overdue} hồ sơ quá hạn · {dueSoon} hồ sơ sắp đến hạn',
  'field.kioskOverdue': '{count} quá hạn',
  'field.kioskDueSoon': '{count} sắp đến hạn',
} as const;

export type KioskMessageKey = keyof typeof vi;

const en: Record<KioskMessageKey, string> = {
  'kiosk.receivedDetail': 'Online {rate}',
  'kiosk.resolvedDetail': 'Early or on time {count}',
  'kiosk.pending': 'Being processed',
  'kiosk.pendingDetail': 'Overdue {count}',
  'kiosk.onTimeRate': 'On-time rate',
  'kiosk.target': 'Target {target}',
  'kiosk.meetsTarget': 'meets target',
  'kiosk.belowTarget': 'below target',
  'kiosk.rankingTitle': 'On-time resolution ranking',
  'kiosk.volumeTitle': 'Dossiers received and resolved by unit',
  'kiosk.volumeSubtitle': 'The {shown} busiest of {total} units',
  'kiosk.volumeSubtitleAll': '{total} units',
  'kiosk.trendTitle': 'Month by month',
  'kiosk.trendSubtitle': '{from} to {to}',
  'kiosk.overdueTitle': 'Units with overdue dossiers being processed',
  'kiosk.overdueSubtitle': '{units} units, {dossiers} overdue dossiers',
  'kiosk.overdueCount': '{count} overdue',
  'kiosk.overdueOf': 'of {pending} being processed',
  'kiosk.rankingEnds': 'The {ends} best and the {ends} lowest of {total} units',
  'kiosk.rankingAll': '{total} units',
  'kiosk.rankingGap': '… {count} units in between …',
  'kiosk.scaleBelow': '← below target',
  'kiosk.scaleAbove': 'above target →',
  'kiosk.overdueTop': 'the {shown} with the most',
  'kiosk.lastYear': 'Same months last year ({months}): {rate}',
  'kiosk.monthToDate': '{month}: month to date',
  'kiosk.qrCaption': 'Scan to view on your phone',
  'kiosk.slideOf': 'Slide {index} of {count}',
  'kiosk.unitColumn': 'Unit',
  'kiosk.rankColumn': 'Rank',
  'kiosk.monthColumn': 'Month',
  'kiosk.updatedAt': 'Updated at',
  'kiosk.savedCopy': 'copy saved on this screen, {age} old',
  'kiosk.stale.unreachable': 'The data source cannot be reached. The figures shown have not been updated since {since} ({age} ago).',
  'kiosk.stale.refused': 'The data source sent an invalid document. The figures shown have not been updated since {since} ({age} ago).',
  'kiosk.stale.unchanged': 'The data source has had no new figures since {since} ({age} ago).',
  'kiosk.reconnecting': 'Reconnecting to the data source…',
  'kiosk.refusedRetrying': 'The data source sent an invalid document; retrying…',
  'kiosk.futureTime': 'the time the data source gives, in the future, may be wrong',
  'kiosk.noDataYet': 'Figures could not be loaded yet.',
  'kiosk.firstLoad.unreachable': 'The data source cannot be reached.',
  'kiosk.firstLoad.refused': 'The data source sent an invalid document.',
  'kiosk.retrying': 'Retrying automatically.',
  'kiosk.configProblem': 'config.json could not be read yet.',
  'kiosk.usingSavedConfig': 'config.json could not be read: using the saved configuration, retrying.',
  'kiosk.unknownUnit': 'No unit with code "{unit}" in the data source.',
  'kiosk.rotateInvalid': 'rotate "{value}" is not valid; changing slides every {seconds} seconds.',
  'field.kioskTitle': 'Fields with overdue and due-soon dossiers',
  'field.kioskSubtitle': '{fields} fields · {overdue} overdue · {dueSoon} due soon',
  'field.kioskOverdue': '{count} overdue',
  'field.kioskDueSoon': '{count} due soon',
};

export const kioskMessages: Catalogue<KioskMessageKey> = { vi, en };

/** An age as a wall says it, in its two largest whole units: "2 ngày 3 giờ", "1 hour 5 minutes". */
export function formatAge(age: { days: number; hours: number; minutes: number }, lang: Lang): string {
  const { days, hours, minutes } = age;
  if (lang === 'vi') {
    if (days > 0) return hours > 0 ? `${days} ngày ${hours} giờ` : `${days} ngày`;
    if (hours > 0) return minutes > 0 ? `${hours} giờ ${minutes} phút` : `${hours} giờ`;
    return minutes > 0 ? `${minutes} phút` : 'chưa đến 1 phút';
  }
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return minutes > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  return minutes > 0 ? unit(minutes, 'minute') : 'less than a minute';
}
