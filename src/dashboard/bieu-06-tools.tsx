// Above the Biểu số 06 table: filter by name and kind, how deep to list, and how many units are shown.
import { memo } from 'react';
import type { UnitKind } from '../feed/feed-schema';
import { useT } from '../ui/use-t';
import type { TableScope } from './bieu-06-rows';
import {
  kindPicked,
  overdueOnlyToggled,
  queryTyped,
  scopePicked,
  useTableKind,
  useTableOverdueOnly,
  useTableQuery,
  useTableScope,
} from './table-store';

type Props = {
  unitId: string;
  kinds: ReadonlyArray<UnitKind | 'all'>;
  /** Offered only when the units below have units of their own. */
  deep: boolean;
  shownText: string;
};

/**
 * Memoised apart from the table: React rewrites a controlled input's attributes on every render, so a new
 * document must not re-render the filter when the choices and the count it shows are the same.
 */
export const TableTools = memo(
  function TableTools({ unitId, kinds, deep, shownText }: Props) {
    const t = useT();
    const query = useTableQuery(unitId);
    const kind = useTableKind(unitId);
    const scope = useTableScope();
    const overdueOnly = useTableOverdueOnly();
    return (
      <div className="table-tools">
        <label>
          <span>{t('table.filter')}</span>
          <input type="search" value={query} onChange={(event) => queryTyped(unitId, event.target.value)} />
        </label>
        <label>
          <span>{t('table.kindFilter')}</span>
          <select value={kind} onChange={(event) => kindPicked(unitId, event.target.value as UnitKind | 'all')}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {deep ? (
          <label>
            <span>{t('table.scope')}</span>
            <select value={scope} onChange={(event) => scopePicked(event.target.value as TableScope)}>
              <option value="children">{t('table.scopeChildren')}</option>
              <option value="descendants">{t('table.scopeDescendants')}</option>
            </select>
          </label>
        ) : null}
        <label className="table-tools__check">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => overdueOnlyToggled(event.target.checked)} />{' '}
          {t('dash11.table.overdueOnly')}
        </label>
        <p className="table-count" aria-live="polite">
          {shownText}
        </p>
      </div>
    );
  },
  (a, b) => a.unitId === b.unitId && a.kinds.join() === b.kinds.join() && a.deep === b.deep && a.shownText === b.shownText,
);
