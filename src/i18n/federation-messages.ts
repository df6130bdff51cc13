// The words of a national view over an index (FEED.md "Federation"), shared by the dashboard, the widget and the kiosk:
// which provinces the figures lack or hold old, and the span of the provinces' update times.
import { translator, type Catalogue } from './translate';

const vi = {
  'federation.partial': 'Số liệu chưa đủ',
  'federation.missing': 'thiếu {count}/{total} tỉnh',
  'federation.stale': '{count}/{total} tỉnh chưa cập nhật',
  'federation.failingSince': '{name} (không tải được từ {time})',
  'federation.refusedSince': '{name} (số liệu bị từ chối từ {time})',
  'federation.notYet': '{name} (chưa tải được)',
  'federation.figuresOf': '{name} (số liệu lúc {time})',
  'federation.more': 'và {count} tỉnh khác',
  'federation.times': '{oldest} – {newest} ({count} tỉnh)',
  'federation.oneTime': '{time} ({count} tỉnh)',
  'federation.loading': '{name} (đang tải)',
  'federation.clashed': '{name} (mã đơn vị trùng với tỉnh khác)',
  'federation.noProvince': 'Chưa tải được số liệu của tỉnh nào ({total} tỉnh trong danh sách); hệ thống tiếp tục thử lại.',
  'federation.badIndex.noFeeds': 'Danh sách nguồn (tthc-index/1) không có nguồn nào trong "feeds".',
  'federation.badIndex.entry': 'Danh sách nguồn (tthc-index/1): mục thứ {position} thiếu hoặc sai trường "{field}".',
  'federation.badIndex.duplicate': 'Danh sách nguồn (tthc-index/1): mã "{id}" xuất hiện hai lần.',
  'federation.unitNotYet':
    'Chưa có đơn vị mã "{unit}" trong số liệu đã tải: {missing}/{total} tỉnh chưa có số liệu. Trang tự cập nhật khi tỉnh đó có số liệu.',
  'federation.sources': 'Nguồn số liệu của từng tỉnh ({count})',
  'federation.sources.part': '{count} tỉnh thiếu hoặc chưa cập nhật',
  'federation.source.generated': 'số liệu lúc {time}',
  'federation.source.failing': 'không tải được từ {time}',
  'federation.source.refused': 'số liệu bị từ chối từ {time}',
  'federation.source.waiting': 'đang chờ trả lời',
  'federation.source.full': 'đang đọc bản đầy đủ',
  'federation.clash': '{name}: không đưa vào vì mã đơn vị "{unitId}" trùng với tỉnh {other}',
} as const;

export type FederationKey = keyof typeof vi;

const en: Record<FederationKey, string> = {
  'federation.partial': 'Figures incomplete',
  'federation.missing': '{count} of {total} provinces missing',
  'federation.stale': '{count} of {total} provinces not up to date',
  'federation.failingSince': '{name} (unreachable since {time})',
  'federation.refusedSince': '{name} (figures refused since {time})',
  'federation.notYet': '{name} (not loaded yet)',
  'federation.figuresOf': '{name} (figures of {time})',
  'federation.more': 'and {count} more',
  'federation.times': '{oldest} – {newest} ({count} provinces)',
  'federation.oneTime': '{time} ({count} provinces)',
  'federation.loading': '{name} (loading)',
  'federation.clashed': '{name} (its unit ids clash with another province’s)',
  'federation.noProvince': 'No province’s figures could be loaded yet ({total} provinces listed); retrying automatically.',
  'federation.badIndex.noFeeds': 'The feed list (tthc-index/1) has no feed in "feeds".',
  'federation.badIndex.entry': 'The feed list (tthc-index/1): entry {position} lacks or has a wrong "{field}".',
  'federation.badIndex.duplicate': 'The feed list (tthc-index/1): id "{id}" appears twice.',
  'federation.unitNotYet':
    'No unit "{unit}" in the figures loaded so far: {missing} of {total} provinces have none yet. The page fills in when that province does.',
  'federation.sources': 'Each province’s feed ({count})',
  'federation.sources.part': '{count} provinces missing or not up to date',
  'federation.source.generated': 'figures of {time}',
  'federation.source.failing': 'unreachable since {time}',
  'federation.source.refused': 'figures refused since {time}',
  'federation.source.waiting': 'waiting for an answer',
  'federation.source.full': 'reading the full document',
  'federation.clash': '{name}: left out, its unit id "{unitId}" is also province {other}’s',
};

export const federationMessages: Catalogue<FederationKey> = { vi, en };
export const translateFederation = translator(federationMessages);
