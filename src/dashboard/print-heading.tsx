// The heading of the printed report, laid out as on Biểu số 06; hidden on screen.
import './report.css';
import type { UnitNode } from '../feed/feed-model';
import { formatDateTime } from '../i18n/format';
import { formatPeriodLabel } from '../i18n/period-label';
import type { ResolvedPeriod } from '../stats/period';
import { unitName } from '../i18n/unit-name';
import { useConfig } from '../ui/page-setup-gate';
import { useT } from '../ui/use-t';
import { useLang } from '../view/view-store';

type Props = { unit: UnitNode; resolved: ResolvedPeriod; generatedAtMs: number };

export function PrintHeading({ unit, resolved, generatedAtMs }: Props) {
  const t = useT();
  const lang = useLang();
  const { timeZone } = useConfig();
  return (
    <div className="print-only print-heading">
      <p className="print-heading__form">{t('table.title')}</p>
      <p className="print-heading__unit">
        {t('report.unit')}: <strong>{unitName(unit, lang)}</strong>
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

/** Below the printed table, as the paper form ends: who drew it up and the head of the unit, each to sign. */
export function PrintSignatures() {
  const t = useT();
  return (
    <div className="print-only print-signatures">
      {(['dash11.print.preparer', 'dash11.print.head'] as const).map((key) => (
        <div key={key}>
          <p className="print-signatures__title">{t(key)}</p>
          <p className="print-signatures__hint">{t('dash11.print.signHint')}</p>
        </div>
      ))}
    </div>
  );
}
