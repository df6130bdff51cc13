// Picks a period among the forms FEED.md allows, offering only what the feed's months can fill.
import { useEffect, useId, useRef, useState } from 'react';
import type { FeedModel } from '../feed/feed-model';
import { formatMonth } from '../i18n/format';
import { formatPeriodLabel } from '../i18n/period-label';

import { monthKey, monthOf, monthYear, parseMonth } from '../feed/month';
import { formatPeriod, resolvePeriod, type Period } from '../stats/period';
import { useT } from '../ui/use-t';
import { useLang } from '../view/view-store';

type Props = { model: FeedModel; period: Period; onPick: (period: Period) => void };

const RANGE = '__range__';

function optionsFor(model: FeedModel): Array<{ group: string; periods: Period[] }> {
  if (!model.months) return [{ group: 'ytd', periods: [{ kind: 'ytd' }] }];
  const { earliest, latest } = model.months;
  const years: number[] = [];
  for (let year = monthYear(latest); year >= monthYear(earliest); year -= 1) years.push(year);
  const halves: Period[] = [];
  const quarters: Period[] = [];
  for (const year of years) {
    for (const half of [2, 1] as const)
      if (monthOf(year, half * 6 - 5) <= latest && monthOf(year, half * 6) >= earliest) halves.push({ kind: 'half', year, half });
    for (const quarter of [4, 3, 2, 1] as const) {
      if (monthOf(year, quarter * 3 - 2) <= latest && monthOf(year, quarter * 3) >= earliest)
        quarters.push({ kind: 'quarter', year, quarter });
    }
  }
  const months: Period[] = [];
  for (let month = latest; month >= earliest && months.length < 36; month -= 1) months.push({ kind: 'month', month });
  return [
    { group: 'ytd', periods: [{ kind: 'ytd' }] },
    { group: 'year', periods: years.map((year) => ({ kind: 'year', year })) },
    { group: 'half', periods: halves },
    { group: 'quarter', periods: quarters },
    { group: 'month', periods: months },
  ];
}

export function PeriodPicker({ model, period, onPick }: Props) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const groups = optionsFor(model);
  const current = formatPeriod(period);
  const known = groups.some((group) => group.periods.some((p) => formatPeriod(p) === current));
  // The range is picked in a popover over the page: the header keeps its height, and the select keeps saying the
  // period whose figures are on screen until "Xem" applies a new one.
  const [rangeOpen, setRangeOpen] = useState(false);
  const popover = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rangeOpen) popover.current?.querySelector('input')?.focus();
  }, [rangeOpen]);
  const latest = model.months ? monthKey(model.months.latest) : '';
  const earliest = model.months ? monthKey(model.months.earliest) : '';
  const [from, setFrom] = useState(period.kind === 'range' ? monthKey(period.from) : earliest);
  const [to, setTo] = useState(period.kind === 'range' ? monthKey(period.to) : latest);
  const label = (p: Period) => formatPeriodLabel(resolvePeriod(p, model.months), lang);
  const fromMonth = parseMonth(from);
  const toMonth = parseMonth(to);
  const rangeValid = fromMonth !== null && toMonth !== null && fromMonth <= toMonth;

  return (
    <div className="period-picker">
      <label htmlFor={`${id}-select`}>{t('header.period')}</label>
      <select
        id={`${id}-select`}
        value={current}
        onChange={(event) => {
          const value = event.target.value;
          if (value === RANGE) {
            setRangeOpen(true);
            return;
          }
          if (value === current) return;
          setRangeOpen(false);
          const picked = groups.flatMap((group) => group.periods).find((p) => formatPeriod(p) === value);
          if (picked) onPick(picked);
        }}
      >
        {!known ? <option value={current}>{label(period)}</option> : null}
        {groups.map((group) => (
          <optgroup key={group.group} label={t(`period.${group.group}` as 'period.ytd')}>
            {group.periods.map((p) => (
              <option key={formatPeriod(p)} value={formatPeriod(p)}>
                {label(p)}
              </option>
            ))}
          </optgroup>
        ))}
        <option value={RANGE}>{`${t('period.range')}…`}</option>
      </select>
      {rangeOpen ? (
        <div
          ref={popover}
          className="period-picker__popover"
          role="dialog"
          aria-label={t('dash11.period.rangeDialog')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setRangeOpen(false);
          }}
        >
          <form
            className="period-picker__range"
            onSubmit={(event) => {
              event.preventDefault();
              if (!rangeValid) return;
              setRangeOpen(false);
              onPick({ kind: 'range', from: fromMonth, to: toMonth });
            }}
          >
            <label>
              <span>{t('period.from')}</span>
              <input type="month" value={from} min={earliest} max={latest} onChange={(event) => setFrom(event.target.value)} required />
            </label>
            <label>
              <span>{t('period.to')}</span>
              <input type="month" value={to} min={earliest} max={latest} onChange={(event) => setTo(event.target.value)} required />
            </label>
            <button type="submit" disabled={!rangeValid}>
              {t('period.apply')}
            </button>
            <button type="button" onClick={() => setRangeOpen(false)}>
              {t('dash11.period.cancel')}
            </button>
          </form>
        </div>
      ) : null}
      {model.months && period.kind !== 'ytd' ? <ClampNote model={model} period={period} /> : null}
    </div>
  );
}

function ClampNote({ model, period }: Omit<Props, 'onPick'>) {
  const t = useT();
  const lang = useLang();
  const resolved = resolvePeriod(period, model.months);
  if (!resolved.hasMonths || !resolved.clamped) return null;
  return <p className="period-picker__note">({t('period.clamped', { month: formatMonth(resolved.range.to, lang) })})</p>;
}
