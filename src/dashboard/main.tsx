import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PageSetupGate } from '../ui/page-setup-gate';
import { applyThemeNow, ThemeSync } from '../ui/theme-sync';
import { syncViewWithUrl, useViewStore } from '../view/view-store';
import { DashboardApp } from './dashboard-app';
import { dashboardStorage, rememberedTheme } from './theme-memory';
import '../styles/base.css';
import './dashboard.css';

// The officials' screen follows the system's light or dark setting until a theme is chosen, then keeps the choice.
syncViewWithUrl({ defaultTheme: rememberedTheme(dashboardStorage()) ?? 'system' });
applyThemeNow(useViewStore.getState().theme);
const queryClient = new QueryClient();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemeSync />
      <PageSetupGate choice="main" loading={<p className="page-message">…</p>}>
        <DashboardApp />
      </PageSetupGate>
    </QueryClientProvider>
  </StrictMode>,
);
