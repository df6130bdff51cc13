// Words for why the feed could not be used, for the stale band and the first-load message.
import { FeedError } from '../queries/fetch-feed';
import type { FeedRefusal } from '../feed/feed-model';
import type { Translate } from './use-t';
import type { Lang } from '../i18n/lang';
import { federationProblemText } from '../view/federation-notice';

export function refusalText(refusal: FeedRefusal, t: Translate, lang: Lang): string {
  switch (refusal.code) {
    case 'bad-index':
      return federationProblemText(refusal, lang) ?? '';
    case 'not-json':
      return t('refusal.not-json', { detail: refusal.detail.slice(0, 120) });
    case 'html':
      return t('refusal.html');
    case 'not-an-object':
      return t('refusal.not-an-object');
    case 'wrong-schema':
      return t('refusal.wrong-schema', { found: refusal.found });
    case 'missing-field':
      return t('refusal.missing-field', { field: refusal.field });
    case 'no-units':
      return t('refusal.no-units');
    case 'bad-generated-at':
      return t('refusal.bad-generated-at', { value: refusal.value });
    case 'cycle':
      return t('refusal.cycle', { units: refusal.unitIds.slice(0, 5).join(' → ') });
    case 'mixed-fields':
      return t('refusal.mixed-fields', { withField: refusal.withField, withoutField: refusal.withoutField });
  }
}

export function feedProblemText(error: unknown, t: Translate, lang: Lang): string {
  if (!(error instanceof FeedError)) return t('problem.network', { detail: error instanceof Error ? error.message : String(error) });
  const problem = error.problem;
  switch (problem.code) {
    case 'network':
      return t('problem.network', { detail: problem.detail.slice(0, 120) });
    case 'timeout':
      return t('problem.timeout');
    case 'http':
      return problem.retryAfterSeconds !== null
        ? t('problem.httpRetryAfter', { status: problem.status, seconds: problem.retryAfterSeconds })
        : t('problem.http', { status: problem.status });
    case 'refused':
      return refusalText(problem.refusal, t, lang);
    case 'no-province':
      return federationProblemText(problem, lang) ?? '';
  }
}
