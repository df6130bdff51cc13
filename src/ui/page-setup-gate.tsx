// Holds a page back until config.json is read, and says plainly which file and field are wrong when it is not.
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { pageSetupQueryOptions, type FeedChoice, type PageSetup } from '../queries/config-query';
import { ConfigError } from '../config/runtime-config';
import { useT, type Translate } from './use-t';

const PageSetupContext = createContext<PageSetup | null>(null);

/** The gate's context, for a test that renders a part of a page with a set-up of its own. */
export const PageSetupProvider = PageSetupContext.Provider;

export function usePageSetup(): PageSetup {
  const setup = useContext(PageSetupContext);
  if (!setup) throw new Error('usePageSetup outside PageSetupGate');
  return setup;
}

/** config.json as checked, for any component under the gate: no time zone or target travels down as a prop. */
export function useConfig(): PageSetup['config'] {
  return usePageSetup().config;
}

export function configProblemText(error: unknown, t: Translate): string {
  if (error instanceof ConfigError) {
    const problem = error.problem;
    if (problem.code === 'config-unreachable') return t('config.unreachable', { detail: problem.detail });
    if (problem.code === 'config-not-json') return t('config.notJson', { detail: problem.detail });
    if (problem.code === 'config-not-object') return t('config.notObject', { given: problem.given });
    const expected = t(`config.expect.${problem.field}`);
    if (problem.given === null) return t('config.fieldMissing', { field: problem.field, expected });
    return t('config.fieldGiven', { field: problem.field, expected, given: problem.given });
  }
  return error instanceof Error ? error.message : String(error);
}

export type SetupNote = { text: string; alert: boolean };

/** What the page must say about its set-up beside the numbers: a clamped config.json value, the demo's chaos switch. */
export function setupNotes(setup: Pick<PageSetup, 'config' | 'chaos'>, t: Translate): SetupNote[] {
  const notes = setup.config.adjustments.map((adjustment) => ({
    text: t('config.pollAdjusted', { given: adjustment.given, used: adjustment.used }),
    alert: false,
  }));
  const chaos = setup.chaos;
  if (chaos && 'invalid' in chaos) notes.push({ text: t('param.chaos', { value: chaos.invalid }), alert: true });
  if (chaos && 'share' in chaos) {
    const percent = `${Math.round(chaos.share * 100)}%`;
    notes.push({ text: t(chaos.share >= 1 ? 'demo.chaosAll' : 'demo.chaos', { share: chaos.share, percent }), alert: false });
  }
  return notes;
}

type Props = {
  choice: FeedChoice;
  children: ReactNode;
  /** Shown while config.json loads (pages differ: the widget shows one quiet line). */
  loading: ReactNode;
  /** How this page shows a broken configuration. */
  renderError?: (message: string) => ReactNode;
};

export function PageSetupGate({ choice, children, loading, renderError }: Props) {
  const t = useT();
  const setup = useQuery(pageSetupQueryOptions(document.baseURI, choice));
  if (setup.data) return <PageSetupContext.Provider value={setup.data}>{children}</PageSetupContext.Provider>;
  if (setup.error) {
    const message = configProblemText(setup.error, t);
    if (renderError) return renderError(message);
    return (
      <div className="page-message" role="alert">
        <h1>{t('config.title')}</h1>
        <p>{message}</p>
        <p>{t('config.hint')}</p>
      </div>
    );
  }
  return loading;
}
