// The widget's words, with the common ones: all a portal's page loads, nothing of the dashboard's or the kiosk's.
import { commonMessages, type CommonKey } from './common-messages';
import { joinCatalogues, translator, type Catalogue } from './translate';

const vi = {
  'widget.title': 'Tình hình giải quyết hồ sơ thủ tục hành chính',
  'widget.updated': 'Cập nhật lúc',
  // The mark on the bar's scale: what "full enough" means.
  'widget.target': 'Mục tiêu {rate}',
  // Pending overdue, a stock: now while the period runs, at its end once it is over. Vietnamese needs no plural.
  'widget.overdueNow.none': 'Không có hồ sơ nào đang quá hạn.',
  'widget.overdueNow.one': '{count} hồ sơ đang quá hạn.',
  'widget.overdueNow.some': '{count} hồ sơ đang quá hạn.',
  'widget.overdueEnd.none': 'Cuối kỳ không có hồ sơ nào quá hạn.',
  'widget.overdueEnd.one': 'Cuối kỳ có {count} hồ sơ quá hạn.',
  'widget.overdueEnd.some': 'Cuối kỳ có {count} hồ sơ quá hạn.',
  'widget.noDataYet': 'Chưa tải được số liệu',
  // Why there are no figures yet, in a citizen's words: no status codes on a portal's page.
  'widget.trouble.unreachable': 'không kết nối được tới nguồn số liệu',
  'widget.trouble.refused': 'nguồn số liệu gửi về tài liệu không hợp lệ',
  'widget.retrying': 'sẽ tự động thử lại',
  'widget.stale': 'Không cập nhật được; đây là số liệu lúc {time}.',
  // The feed answers, but its figures have not moved for longer than the configured stale limit.
  'widget.unchanged': 'Nguồn số liệu chưa có số liệu mới từ {time}.',
  // The source's update time is ahead of this clock: shown as given, with a word that it may be wrong.
  'widget.future': 'Giờ cập nhật do nguồn số liệu ghi ({time}) ở tương lai, có thể chưa đúng.',
  'widget.unknownUnit': 'Không tìm thấy đơn vị có mã "{unit}".',
  'widget.badPeriod': 'Không đọc được kỳ báo cáo "{value}".',
  'widget.details': 'Xem chi tiết',
  'widget.newTab': '(mở trong thẻ mới)',
  // Said by screen readers, politely, when a poll brings new figures.
  'widget.figuresUpdated': 'Số liệu vừa cập nhật.',
} as const;

type OwnKey = keyof typeof vi;
export type WidgetMessageKey = OwnKey | CommonKey;

const en: Record<OwnKey, string> = {
  'widget.title': 'Administrative procedure dossiers',
  'widget.updated': 'Updated',
  'widget.target': 'Target {rate}',
  'widget.overdueNow.none': 'No dossier is overdue.',
  'widget.overdueNow.one': '1 dossier is overdue.',
  'widget.overdueNow.some': '{count} dossiers are overdue.',
  'widget.overdueEnd.none': 'No dossier was overdue at the end of the period.',
  'widget.overdueEnd.one': '1 dossier was overdue at the end of the period.',
  'widget.overdueEnd.some': '{count} dossiers were overdue at the end of the period.',
  'widget.noDataYet': 'Figures could not be loaded',
  'widget.trouble.unreachable': 'the data source cannot be reached',
  'widget.trouble.refused': 'the data source sent an invalid document',
  'widget.retrying': 'retrying automatically',
  'widget.stale': 'Could not update; these are the figures of {time}.',
  'widget.unchanged': 'The data source has had no new figures since {time}.',
  'widget.future': 'The update time the data source gives ({time}) is in the future and may be wrong.',
  'widget.unknownUnit': 'No unit with code "{unit}".',
  'widget.badPeriod': 'Cannot read the period "{value}".',
  'widget.details': 'Full details',
  'widget.newTab': '(opens in a new tab)',
  'widget.figuresUpdated': 'Figures just updated.',
};

const widgetMessages: Catalogue<OwnKey> = { vi, en };

/** Common and widget words, which the public view (public-messages.ts) extends. */
export const widgetCatalogue = joinCatalogues(commonMessages, widgetMessages);

/** The widget's words: `translate(lang, 'widget.details')`. */
export const translate = translator(widgetCatalogue);
