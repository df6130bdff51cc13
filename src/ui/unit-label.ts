import type { UnitNode } from '../feed/feed-model';
import type { Translate } from './use-t';

/** The name to show for a unit; the synthetic root of a many-root feed is named in the viewer's language. */
export function unitLabel(unit: UnitNode, t: Translate): string {
  return unit.synthetic ? t('app.allUnits') : unit.name;
}
