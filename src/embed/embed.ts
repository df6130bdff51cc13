// embed.js: `<script src="…/embed.js" data-unit="31569" data-theme="light" async></script>` places the widget where the script stands.
// Built alone by vite.embed.config.ts into one small file with no dependencies, no cookies and no storage.
import { placeWidgets } from './place-widgets';

placeWidgets(document, document.currentScript instanceof HTMLScriptElement ? document.currentScript : null);
