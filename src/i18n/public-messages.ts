// The public view's words (public.html), with the widget's and the common ones it shares: nothing of the dashboard's.
import { joinCatalogues, translator, type Catalogue } from './translate';
import { widgetCatalogue, type WidgetMessageKey } from './widget-messages';

const vi = {
  'public.title': 'Tình hình giải quyết hồ sơ',
  'public.rank': 'Xếp thứ {rank}/{total} {kind} về tỷ lệ giải quyết đúng hạn.',
  'public.rankNone': 'Chưa xếp hạng: kỳ này chưa giải quyết hồ sơ nào.',
  'public.kind.commune': 'xã, phường',
  'public.kind.department': 'sở, ban, ngành',
  'public.kind.province': 'tỉnh, thành phố',
  'public.kind.other': 'đơn vị cùng loại',
  'public.dueSoon': '{count} hồ sơ sắp đến hạn trả kết quả (trong {days} ngày tới).',
  'public.dueSoonNoDays': '{count} hồ sơ sắp đến hạn trả kết quả.',
  'public.pending': 'Đang giải quyết: {count} hồ sơ.',
  'public.trend': 'Tỷ lệ đúng hạn từng tháng',
  'public.trendMonth': '{month}: {rate}',
  'public.trendNone': '{month}: chưa giải quyết hồ sơ nào',
  'public.partialMonth': '(đang diễn ra)',
  'public.figuresTitle': 'Số liệu chính',
} as const;

type OwnKey = keyof typeof vi;
export type PublicMessageKey = OwnKey | WidgetMessageKey;

const en: Record<OwnKey, string> = {
  'public.title': 'Administrative procedure dossiers',
  'public.rank': 'Ranked {rank} of {total} {kind} by on-time rate.',
  'public.rankNone': 'Not ranked: no dossier resolved in this period.',
  'public.kind.commune': 'communes and wards',
  'public.kind.department': 'departments',
  'public.kind.province': 'provinces and cities',
  'public.kind.other': 'units of its kind',
  'public.dueSoon': '{count} dossiers are due within {days} days.',
  'public.dueSoonNoDays': '{count} dossiers are due soon.',
  'public.pending': 'In progress: {count} dossiers.',
  'public.trend': 'On-time rate month by month',
  'public.trendMonth': '{month}: {rate}',
  'public.trendNone': '{month}: no dossier resolved',
  'public.partialMonth': '(in progress)',
  'public.figuresTitle': 'Main figures',
};

const publicMessages: Catalogue<OwnKey> = { vi, en };

/** The public view's words: `translate(lang, 'public.rank', { … })`. */
export const translate = translator(joinCatalogues(widgetCatalogue, publicMessages));
