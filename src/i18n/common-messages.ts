// Words more than one page shows, said the same way on each: the summary sentence, the main counts, URL and demo notes.
import type { Catalogue } from './translate';

const vi = {
  'app.loading': 'Đang tải số liệu…',
  'app.allUnits': 'Tất cả đơn vị',
  'kpi.received': 'Đã tiếp nhận',
  'kpi.resolved': 'Đã giải quyết',
  /** The widget's and the kiosk's sentence; the page sets {rate} apart in bold. */
  'summary.lead': '{period}, {unit} đã giải quyết {rate} hồ sơ đúng hạn.',
  'summary.noneResolved': '{period}, {unit} chưa có hồ sơ nào được giải quyết.',
  'summary.clamped': 'số liệu đến {month}',
  'summary.noData': '{unit}: không có số liệu cho kỳ này ({period}).',
  'summary.partial': 'Số liệu chưa đầy đủ: {count} dòng không hợp lệ của nguồn đã bị loại.',
  'param.bad': 'Tham số {param} "{value}" không hợp lệ; dùng mặc định.',
  'param.chaos': 'Tham số chaos "{value}" không hợp lệ (cần một số từ 0 đến 1); chế độ thử lỗi không bật.',
  'demo.chaos': 'Chế độ thử lỗi (chaos={share}): nguồn số liệu mô phỏng cố ý hỏng khoảng {percent} số yêu cầu.',
  'demo.chaosAll': 'Chế độ thử lỗi (chaos={share}): nguồn số liệu mô phỏng cố ý hỏng mọi yêu cầu.',
  'config.pollAdjusted': 'config.json: pollSeconds = {given} nằm ngoài khoảng cho phép, đang dùng {used} giây.',
  // One field (lĩnh vực) chosen: the sentence names it; an unknown field id gets no numbers at all.
  'field.summaryLead': '{period}, {unit} đã giải quyết {rate} hồ sơ lĩnh vực {field} đúng hạn.',
  'field.summaryNoneResolved': '{period}, {unit} chưa giải quyết hồ sơ nào thuộc lĩnh vực {field}.',
  'field.noData': '{unit}, lĩnh vực {field}: không có số liệu cho kỳ này ({period}).',
  'field.unknown': 'Không tìm thấy lĩnh vực có mã "{field}".',
} as const;

export type CommonKey = keyof typeof vi;

const en: Record<CommonKey, string> = {
  'app.loading': 'Loading figures…',
  'app.allUnits': 'All units',
  'kpi.received': 'Received',
  'kpi.resolved': 'Resolved',
  'summary.lead': '{period}, {unit} resolved {rate} of dossiers on time.',
  'summary.noneResolved': '{period}, {unit} has resolved no dossiers yet.',
  'summary.clamped': 'figures to {month}',
  'summary.noData': '{unit}: no figures for this period ({period}).',
  'summary.partial': 'Figures incomplete: {count} invalid rows of the source were left out.',
  'param.bad': 'Parameter {param} "{value}" is not valid; using the default.',
  'param.chaos': 'chaos "{value}" is not valid (a number from 0 to 1); chaos mode is off.',
  'demo.chaos': 'Chaos mode (chaos={share}): the simulated feed fails about {percent} of requests on purpose.',
  'demo.chaosAll': 'Chaos mode (chaos={share}): the simulated feed fails every request on purpose.',
  'config.pollAdjusted': 'config.json: pollSeconds = {given} is out of range; using {used} s.',
  'field.summaryLead': '{period}, {unit} resolved {rate} of its {field} dossiers on time.',
  'field.summaryNoneResolved': '{period}, {unit} has resolved no {field} dossiers yet.',
  'field.noData': '{unit}, {field}: no figures for this period ({period}).',
  'field.unknown': 'No field with code "{field}".',
};

export const commonMessages: Catalogue<CommonKey> = { vi, en };
