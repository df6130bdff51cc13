// Picks any unit of the tree by name; Vietnamese search works with or without diacritics.
import { useCallback, useMemo } from 'react';
import type { FeedModel, UnitNode } from '../feed/feed-model';
import { foldForSearch } from '../feed/search-text';
import { unitName } from '../i18n/unit-name';
import { useT } from '../ui/use-t';
import { useLang } from '../view/view-store';
import { SearchCombobox } from './search-combobox';

const MAX_OPTIONS = 60;

type Props = { model: FeedModel; currentId: string; onPick: (unitId: string) => void };

/** Units in tree order (a parent before its children), so an unfiltered list reads like the tree. */
function treeOrder(model: FeedModel): UnitNode[] {
  const order: UnitNode[] = [];
  const stack = [model.rootId];
  while (stack.length > 0) {
    const unit = model.units.get(stack.pop() as string);
    if (!unit) continue;
    order.push(unit);
    for (let i = unit.childIds.length - 1; i >= 0; i -= 1) stack.push(unit.childIds[i] as string);
  }
  return order;
}

export function UnitPicker({ model, currentId, onPick }: Props) {
  const t = useT();
  const lang = useLang();
  const ordered = useMemo(() => treeOrder(model), [model]);
  const current = model.units.get(currentId);
  const matchesFor = useCallback(
    (query: string) => {
      const folded = foldForSearch(query);
      return folded === '' ? ordered : ordered.filter((unit) => unit.searchText.includes(folded));
    },
    [ordered],
  );

  return (
    <SearchCombobox<UnitNode>
      className="unit-picker"
      label={t('header.unit')}
      searchTitle={t('unitPicker.search')}
      noneText={t('unitPicker.none')}
      shownText={current ? unitName(current, lang) : ''}
      matchesFor={matchesFor}
      maxOptions={MAX_OPTIONS}
      moreText={(count) => t('unitPicker.more', { count })}
      optionKey={(unit) => unit.id}
      isSelected={(unit) => unit.id === currentId}
      optionStyle={(unit) => ({ paddingInlineStart: `${0.5 + Math.min(unit.depth, 4) * 1}rem` })}
      renderOption={(unit) => (
        <>
          {unitName(unit, lang)}
          <span className="unit-picker__kind"> · {t(`kind.${unit.kind}`)}</span>
        </>
      )}
      onPick={(unit) => onPick(unit.id)}
    />
  );
}
