// Picks any unit of the tree by name; Vietnamese search works with or without diacritics.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FeedModel, UnitNode } from '../feed/feed-model';
import { foldForSearch } from '../feed/search-text';
import { unitName } from '../i18n/unit-name';
import { useT } from '../ui/use-t';
import { useLang } from '../view/view-store';

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
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const ordered = useMemo(() => treeOrder(model), [model]);
  const current = model.units.get(currentId);

  const matches = useMemo(() => {
    const folded = foldForSearch(query);
    return folded === '' ? ordered : ordered.filter((unit) => unit.searchText.includes(folded));
  }, [ordered, query]);
  const visible = matches.slice(0, MAX_OPTIONS);
  // The option the arrow keys reach stays in view in a list that scrolls.
  useEffect(() => {
    if (open) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, listId]);

  const pick = (unit: UnitNode | undefined) => {
    if (!unit) return;
    onPick(unit.id);
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      // A closed list opens on its first option; an open one moves down.
      if (open) setActive((i) => Math.min(visible.length - 1, i + 1));
      else {
        setOpen(true);
        setActive(0);
      }
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open) pick(visible[active]);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only: inside the embed dialog, a first Escape must not close the dialog too.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setQuery('');
    }
  };

  return (
    <div className="unit-picker">
      <label htmlFor={`${listId}-input`}>{t('header.unit')}</label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && visible[active] ? `${listId}-${active}` : undefined}
        placeholder={current ? unitName(current, lang) : ''}
        title={t('unitPicker.search')}
        value={open ? query : current ? unitName(current, lang) : ''}
        onFocus={() => {
          setOpen(true);
          setActive(0);
        }}
        // Closed at once, so it never covers the next control reached by Tab; a click in the list keeps the focus here.
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      {open ? (
        <ul
          id={`${listId}-list`}
          role="listbox"
          className="unit-picker__list"
          aria-label={t('header.unit')}
          onMouseDown={(event) => event.preventDefault()}
        >
          {visible.length === 0 ? <li className="unit-picker__empty">{t('unitPicker.none')}</li> : null}
          {visible.map((unit, index) => (
            <li
              key={unit.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={unit.id === currentId}
              className={`unit-picker__option${index === active ? ' is-active' : ''}`}
              style={{ paddingInlineStart: `${0.5 + Math.min(unit.depth, 4) * 1}rem` }}
              onClick={() => pick(unit)}
            >
              {unitName(unit, lang)}
              <span className="unit-picker__kind"> · {t(`kind.${unit.kind}`)}</span>
            </li>
          ))}
          {matches.length > MAX_OPTIONS ? (
            <li className="unit-picker__more">{t('unitPicker.more', { count: matches.length - MAX_OPTIONS })}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
