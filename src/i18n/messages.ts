// The lookup of the React pages (dashboard and kiosk). They share ui/, and so one catalogue of three parts:
// common, kiosk and dashboard words. The widget has its own lookup, over common and widget words only.
import { commonMessages, type CommonKey } from './common-messages';
import { dashboardMessages, type DashboardMessageKey } from './dashboard-messages';
import { federationMessages, type FederationKey } from './federation-messages';
import { kioskMessages, type KioskMessageKey } from './kiosk-messages';
import { joinCatalogues, translator } from './translate';

export type MessageKey = CommonKey | KioskMessageKey | DashboardMessageKey | FederationKey;

/** The React pages' words: `translate(lang, 'table.title')` in plain code, `useT()` in components. */
export const translate = translator(
  joinCatalogues(joinCatalogues(joinCatalogues(commonMessages, kioskMessages), dashboardMessages), federationMessages),
);
