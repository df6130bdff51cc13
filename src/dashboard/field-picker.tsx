// Picks one field (lĩnh vực) of a document by field, or every field; search works with or without diacritics, as the
// unit picker's. Shown only when the document has fields.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { FeedField, FeedModel } from '../feed/feed-model';
import { foldForSearch } from '../feed/search-text';
import { useT } from '../ui/use-t';

type Props = { model: FeedModel; currentId: string | null; onPick: (fieldId: string | null) => void };

/** null is "every field", the first option. */
type Choice = FeedField | null;

export function FieldPicker({ model, currentId, onPick }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const fields = (model.whole ?? model).fields;
  const current = currentId === null ? null : (model.whole ?? model).fieldsById.get(currentId);
  const everyField = t('field.all');

  const visible = useMemo<Choice[]>(() => {
    const folded = foldForSearch(query);
    if (folded === '') return [null, ...fields];
    const matches = fields.filter((field) => field.searchText.includes(folded));
    return foldForSearch(everyField).includes(folded) ? [null, ...matches] : matches;
  }, [fields, query, everyField]);
  useEffect(() => {
    if (open) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, listId]);

  const pick = (choice: Choice | undefined) => {
    if (choice === undefined) return;
    onPick(choice?.id ?? null);
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
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
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setQuery('');
    }
  };

  // An unknown id from the URL shows as it was given: the page says it is unknown.
  const shown = currentId === null ? everyField : (current?.name ?? currentId);
  return (
    <div className="unit-picker field-picker">
      <label htmlFor={`${listId}-input`}>{t('field.label')}</label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && visible[active] !== undefined ? `${listId}-${active}` : undefined}
        placeholder={shown}
        title={t('field.search')}
        value={open ? query : shown}
        onFocus={() => {
          setOpen(true);
          setActive(0);
        }}
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
          aria-label={t('field.label')}
          onMouseDown={(event) => event.preventDefault()}
        >
          {visible.length === 0 ? <li className="unit-picker__empty">{t('field.none')}</li> : null}
          {visible.map((choice, index) => (
            <li
              key={choice?.id ?? ''}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={(choice?.id ?? null) === currentId}
              className={`unit-picker__option${index === active ? ' is-active' : ''}`}
              onClick={() => pick(choice)}
            >
              {choice?.name ?? everyField}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
