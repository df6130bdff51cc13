// "Mở tệp": a feed document or a dossier export from this computer, read and built here, shown in place of the live feed.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FeedModel } from '../../feed/feed-model';
import { feedQueryKey } from '../../queries/feed-query';
import type { FeedSnapshot } from '../../queries/fetch-feed';
import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { refusalText } from '../../ui/feed-problem-text';
import { useT, type Translate } from '../../ui/use-t';
import { useLang, useUnitId, useViewActions } from '../../view/view-store';
import { unitsListOf, useOpenFile, type OpenProblem, type OpenState } from './use-open-file';
import './open-file.css';

type Props = { feedUrl: string; onClose: () => void };

export function OpenFileDialog({ feedUrl, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const live = queryClient.getQueryData<FeedSnapshot>(feedQueryKey(feedUrl));
  const liveUnits = useMemo(() => (live ? unitsListOf(live.text) : null), [live]);
  const liveRoot = live?.model.units.get(live.model.rootId);
  const unitId = useUnitId();
  const actions = useViewActions();
  const [file, setFile] = useState<File | null>(null);
  const [unitsFrom, setUnitsFrom] = useState<'live' | 'file'>(liveUnits ? 'live' : 'file');
  const [unitsFile, setUnitsFile] = useState<File | null>(null);
  const [mappingFile, setMappingFile] = useState<File | null>(null);

  const onOpened = useCallback(
    (model: FeedModel) => {
      // A unit of the live feed that the file does not have would leave the page on "unknown unit".
      if (unitId !== null && !model.units.has(unitId)) actions.unitPicked(null);
      dialog.current?.close();
    },
    [unitId, actions],
  );
  const { state, open, cancel } = useOpenFile(onOpened);
  const reading = state.status === 'reading';
  const go = useRef<HTMLButtonElement>(null);
  // The button that had the focus is disabled while a file is read (Cancel has it then): give it back when that ends.
  useEffect(() => {
    if (state.status === 'failed' || state.status === 'cancelled') go.current?.focus();
  }, [state.status]);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (file === null || reading) return;
    void open({ file, units: unitsFrom === 'live' ? liveUnits : unitsFile, mapping: mappingFile });
  };

  return (
    <dialog ref={dialog} className="open-file-dialog" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-about`} onClose={onClose}>
      <div className="open-file-dialog__head">
        <h2 id={`${ids}-title`}>{t('openFile.title')}</h2>
        {/* Closed natively, like Escape: the browser gives the focus back to "Mở tệp"; a build under way stops with it. */}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('openFile.close')}
        </button>
      </div>
      <form className="open-file-dialog__body" onSubmit={submit}>
        <p id={`${ids}-about`} className="open-file-dialog__about">
          {t('openFile.about')}
        </p>
        <label className="open-file-dialog__field">
          <span>{t('openFile.file')}</span>
          <input
            type="file"
            accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={reading}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <fieldset className="open-file-dialog__units" disabled={reading}>
          <legend>{t('openFile.units')}</legend>
          <label>
            <input
              type="radio"
              name="units-from"
              checked={unitsFrom === 'live'}
              disabled={!liveUnits}
              onChange={() => setUnitsFrom('live')}
            />{' '}
            {liveUnits && liveRoot
              ? t('openFile.unitsLive', { name: liveRoot.name, count: formatCount(liveUnits.units.length, lang) })
              : t('openFile.unitsLiveNone')}
          </label>
          <label>
            <input type="radio" name="units-from" checked={unitsFrom === 'file'} onChange={() => setUnitsFrom('file')} />{' '}
            {t('openFile.unitsFile')}
          </label>
          {unitsFrom === 'file' ? (
            <label className="open-file-dialog__field">
              <span>{t('openFile.unitsFileInput')}</span>
              <input type="file" accept=".json,application/json" onChange={(event) => setUnitsFile(event.target.files?.[0] ?? null)} />
            </label>
          ) : null}
          <label className="open-file-dialog__field">
            <span>{t('openFile.mapping')}</span>
            <input type="file" accept=".json,application/json" onChange={(event) => setMappingFile(event.target.files?.[0] ?? null)} />
          </label>
        </fieldset>
        <div className="open-file-dialog__actions">
          <button ref={go} type="submit" className="open-file-dialog__go" disabled={file === null || reading}>
            {t('openFile.go')}
          </button>
        </div>
        <OpenStatus state={state} onCancel={cancel} />
      </form>
    </dialog>
  );
}

function sizeText(bytes: number, lang: Lang): string {
  const format = (value: number) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  return bytes < 1_000_000 ? `${format(bytes / 1000)} KB` : `${format(bytes / 1_000_000)} MB`;
}

function OpenStatus({ state, onCancel }: { state: OpenState; onCancel: () => void }) {
  const t = useT();
  const lang = useLang();
  const progressId = useId();
  if (state.status === 'idle') return null;
  if (state.status === 'reading') {
    return (
      <div className="open-file-dialog__progress">
        <label htmlFor={progressId}>{t(state.unpacking ? 'openFile.unpacking' : 'openFile.reading', { file: state.fileName })}</label>
        {state.unpacking ? <progress id={progressId} /> : <progress id={progressId} max={Math.max(1, state.total)} value={state.read} />}
        <span className="open-file-dialog__bytes" aria-hidden="true">
          {sizeText(state.read, lang)} / {sizeText(state.total, lang)}
        </span>
        {/* autoFocus: the "Open" button that had the focus has just been disabled. */}
        <button type="button" onClick={onCancel} autoFocus>
          {t('openFile.cancel')}
        </button>
      </div>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <p className="open-file-dialog__note" role="status">
        {t('openFile.cancelled', { file: state.fileName })}
      </p>
    );
  }
  return (
    <p className="open-file-dialog__problem" role="alert">
      {t('openFile.failed', { file: state.fileName })} {openProblemText(state.problem, lang, t)} {t('openFile.unchanged')}
    </p>
  );
}

export function openProblemText(problem: OpenProblem, lang: Lang, t: Translate): string {
  switch (problem.code) {
    case 'refused':
      return t('openFile.problem.refused', { detail: refusalText(problem.refusal, t, lang) });
    case 'no-units':
      return t('openFile.problem.noUnits');
    case 'bad-units':
      return t('openFile.problem.badUnits', { detail: problem.detail });
    case 'bad-mapping':
      return t('openFile.problem.badMapping', { detail: problem.detail });
    case 'worker':
      return t('openFile.problem.unreadable', { detail: problem.detail.slice(0, 160) });
    case 'export': {
      const failure = problem.failure;
      if (failure.code === 'binary') return t('openFile.problem.binary');
      if (failure.code === 'empty') return t('openFile.problem.empty');
      if (failure.code === 'unreadable') return t('openFile.problem.unreadable', { detail: failure.detail.slice(0, 160) });
      if (failure.code === 'missing-columns') return t('openFile.problem.missingColumns', { columns: failure.columns.join(', ') });
      const reasons = [...failure.report.leftOut]
        .sort((a, b) => b.count - a.count)
        .slice(0, 3)
        .map((entry) => `${entry.reason} (${formatCount(entry.count, lang)})`)
        .join('; ');
      return t('openFile.problem.noRecords', { read: formatCount(failure.report.read, lang), reasons: reasons || '—' });
    }
  }
}
