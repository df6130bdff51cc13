// Holds a page back until config.json is read, and says plainly which file and field are wrong when it is not.
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { pageSetupQueryOptions, type FeedChoice, type PageSetup } from '../queries/config-query';
import { ConfigError } from '../config/runtime-config';
import { useT, type Translate } from './use-t';

const PageSetupContext = createContext<PageSetup | null>(null);

export function usePageSetup(): PageSetup {
  const setup = useContext(PageSetupContext);
  if (!setup) throw new Error('usePageSetup outside PageSetupGate');
  return setup;
}

export function configProblemText(error: unknown, t: Translate): string {
  if (error instanceof ConfigError) {
    const problem = error.problem;
    if (problem.code === 'config-unreachable') return t('config.unreachable', { detail: problem.detail });
    if (problem.code === 'config-not-json') return t('config.notJson', { detail: problem.detail });
    return t('config.field', { field: problem.field, detail: problem.detail });
  }
  return error instanceof Error ? error.message : String(error);
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
