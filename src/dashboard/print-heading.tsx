// The heading of the printed report, laid out as on Biểu số 06; hidden on screen.
import './report.css';
import type { UnitNode } from '../feed/feed-model';
import { formatDateTime } from '../stats/format';
import { formatPeriodLabel } from '../i18n/period-label';
import type { Lang } from '../i18n/lang';
import type { ResolvedPeriod } from '../stats/period';
import { unitLabel } from '../ui/unit-label';
import type { Translate } from '../ui/use-t';

type Props = {
  unit: UnitNode;
  resolved: ResolvedPeriod;
  generatedAtMs: number;
  lang: Lang;
  timeZone: string;
  t: Translate;
};

export function PrintHeading({ unit, resolved, generatedAtMs, lang, timeZone, t }: Props) {
  return (
    <div className="print-only print-heading">
      <p className="print-heading__form">{t('table.title')}</p>
      <p className="print-heading__unit">
        {t('report.unit')}: <strong>{unitLabel(unit, t)}</strong>
      </p>
      <p className="print-heading__period">
        {t('report.period')}: <strong>{formatPeriodLabel(resolved, lang)}</strong>
      </p>
      <p className="print-heading__meta">
        <span>
          {t('report.countUnit')}: {t('report.countUnitValue')}
        </span>
        <span>
          {t('report.generatedAt')}: {formatDateTime(generatedAtMs, lang, timeZone)}
        </span>
      </p>
    </div>
  );
}
