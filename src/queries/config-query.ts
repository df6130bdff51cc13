// Start-up as a TanStack query, for the pages drawn with React: setUpPage (page-setup.ts) run once per page.
import { queryOptions } from '@tanstack/react-query';
import { setUpPage, type FeedChoice } from './page-setup';

export { setUpPage, type FeedChoice, type PageSetup } from './page-setup';

export function pageSetupQueryOptions(baseUrl: string, choice: FeedChoice) {
  return queryOptions({
    queryKey: ['page-setup', baseUrl, choice],
    queryFn: () => setUpPage(baseUrl, choice),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
