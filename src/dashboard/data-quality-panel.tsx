// What the feed's last document left out or flagged, so officials can send it back to the publisher.
import type { FeedModel, RowProblem, UnitFlag } from '../feed/feed-model';
import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../ui/use-t';

const MAX_LISTED = 200;

export function rowProblemText(problem: RowProblem, t: Translate): string {
  const { code, ...params } = problem;
  return t(`problem.${code}` as MessageKey, params as Record<string, string>);
}

export function unitFlagText(flag: UnitFlag, t: Translate): string {
  const { code, ...params } = flag;
  return t(`flag.${code}` as MessageKey, params as Record<string, string | number>);
}

type Props = { model: FeedModel; t: Translate; onPickUnit: (unitId: string) => void };

export function DataQualityPanel({ model, t, onPickUnit }: Props) {
  const { quality } = model;
  const flagged = [...quality.flagsByUnit.entries()];
  const leftOut = quality.rowsLeftOut.length;
  const nameOf = (id: string) => model.units.get(id)?.name ?? id;
  const hasIssues = leftOut > 0 || flagged.length > 0 || quality.unitsLeftOut.length > 0;
  return (
    <details className={`quality-panel${hasIssues ? ' quality-panel--issues' : ''}`}>
      <summary>
        <strong>{t('quality.title')}:</strong> {hasIssues ? t('quality.summary', { leftOut, flagged: flagged.length }) : t('quality.ok')}
      </summary>
      {leftOut > 0 ? (
        <section>
          <h3>{t('quality.rowsLeftOut', { count: leftOut })}</h3>
          {quality.unitsTouched.length > 0 ? (
            <p>{t('quality.unitsTouched', { units: quality.unitsTouched.map(nameOf).join(', ') })}</p>
          ) : null}
          <ul>
            {quality.rowsLeftOut.slice(0, MAX_LISTED).map((row) => (
              <li key={row.index}>
                {t('quality.row', { index: row.index + 1 })}
                {row.unitId ? ` · ${nameOf(row.unitId)}` : ''}
                {row.month ? ` · ${row.month}` : ''}: {row.problems.map((p) => rowProblemText(p, t)).join('; ')}
              </li>
            ))}
            {leftOut > MAX_LISTED ? <li>… +{leftOut - MAX_LISTED}</li> : null}
          </ul>
        </section>
      ) : null}
      {quality.unitsLeftOut.length > 0 ? (
        <section>
          <h3>{t('quality.unitsLeftOut', { count: quality.unitsLeftOut.length })}</h3>
          <ul>
            {quality.unitsLeftOut.slice(0, MAX_LISTED).map((unit) => (
              <li key={unit.index}>
                #{unit.index + 1} {unit.unitId ?? ''}: {t(`unitLeftOut.${unit.problem}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {flagged.length > 0 ? (
        <section>
          <h3>{t('quality.flagged', { count: flagged.length })}</h3>
          <ul>
            {flagged.slice(0, MAX_LISTED).map(([unitId, flags]) => (
              <li key={unitId}>
                <button type="button" className="link-button" onClick={() => onPickUnit(unitId)}>
                  {nameOf(unitId)}
                </button>
                : {flags.map((flag) => unitFlagText(flag, t)).join('; ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </details>
  );
}
