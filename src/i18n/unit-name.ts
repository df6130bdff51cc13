// The one place the synthetic "all units" root of a many-root feed gets its name, in the viewer's language.
import type { UnitNode } from '../feed/feed-model';
import { commonMessages } from './common-messages';
import type { Lang } from './lang';
import { translator } from './translate';

const translate = translator(commonMessages);

/** The name to show for a unit: its own, or "Tất cả đơn vị" / "All units" for the root the parser adds. */
export function unitName(unit: UnitNode, lang: Lang): string {
  return unit.synthetic ? translate(lang, 'app.allUnits') : unit.name;
}
