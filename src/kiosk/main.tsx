// Entry of kiosk.html, the wall screen at the one-stop office: runs for weeks with nobody at the keyboard.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, focusManager } from '@tanstack/react-query';
import { feedQueryKey } from '../queries/feed-query';
import { syncViewWithUrl } from '../view/view-store';
import { KioskApp } from './kiosk-app';
import { parseRotate } from './kiosk-params';
import { kioskStorage, restoreKiosk } from './kiosk-persistence';
import { KioskThemeSync } from './kiosk-theme-sync';
import '../styles/base.css';
import './kiosk.css';

const startedAt = Date.now();
syncViewWithUrl({ defaultTheme: 'dark' });

// TanStack Query holds retries back while the document is hidden; a wall screen behind a screensaver,
// or a browser that reports it hidden, must keep retrying. The kiosk is always "focused".
focusManager.setEventListener(() => () => undefined);
focusManager.setFocused(true);

const queryClient = new QueryClient({
  // Retry on the kiosk's own schedule rather than wait for an "online" event after a cable cut.
  defaultOptions: { queries: { networkMode: 'always' } },
});

// The last good document, on screen at once, before any request: a kiosk starting during an outage is not blank.
const storage = kioskStorage();
const restored = restoreKiosk(storage);
// A saved summary has no fields: a screen given to one field waits for the feed rather than call its field unknown.
if (restored.document?.summary && new URLSearchParams(location.search).has('field')) restored.document = null;
// Nor does a copy that lacks the screen's unit call it unknown: a national view's copy keeps the country and its provinces.
const unitParam = new URLSearchParams(location.search).get('unit');
if (unitParam && restored.document && !restored.document.snapshot.model.units.has(unitParam)) restored.document = null;
if (restored.document) {
  queryClient.setQueryData(feedQueryKey(restored.document.feedUrl), restored.document.snapshot, {
    updatedAt: restored.document.lastSuccessAt,
  });
  // Shown at once but not trusted as fresh: the first poll after a start asks the feed, however recent the copy.
  void queryClient.invalidateQueries({ queryKey: feedQueryKey(restored.document.feedUrl), refetchType: 'none' });
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <KioskThemeSync />
      <KioskApp
        baseUrl={document.baseURI}
        restored={restored}
        storage={storage}
        rotate={parseRotate(location.search)}
        startedAt={startedAt}
      />
    </QueryClientProvider>
  </StrictMode>,
);
