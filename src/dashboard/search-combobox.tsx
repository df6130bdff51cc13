// The searchable list both pickers are (units and fields): an ARIA combobox whose list opens on focus, filters as the
// official types, moves with the arrow keys and picks with Enter or a click.
import { useEffect, useId, useMemo, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

type Props<T> = {
  label: string;
  /** The input's title: how the search works. */
  searchTitle: string;
  noneText: string;
  /** What the closed input shows: the current choice. */
  shownText: string;
  /** Every option matching the query, in the order shown; memoise it (useCallback) so typing does not rebuild it twice. */
  matchesFor: (query: string) => readonly T[];
  /** Past this many matches the list says how many more there are: a long list is narrowed by typing, not scrolled. */
  maxOptions?: number;
  moreText?: (count: number) => string;
  optionKey: (option: T) => string;
  isSelected: (option: T) => boolean;
  renderOption: (option: T) => ReactNode;
  optionStyle?: (option: T) => CSSProperties;
  onPick: (option: T) => void;
  className: string;
};

export function SearchCombobox<T>({
  label,
  searchTitle,
  noneText,
  shownText,
  matchesFor,
  maxOptions = Infinity,
  moreText,
  optionKey,
  isSelected,
  renderOption,
  optionStyle,
  onPick,
  className,
}: Props<T>) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => matchesFor(query), [matchesFor, query]);
  const visible = matches.slice(0, maxOptions);
  // The option the arrow keys reach stays in view in a list that scrolls.
  useEffect(() => {
    if (open) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, listId]);

  const pick = (index: number) => {
    if (index >= visible.length) return;
    onPick(visible[index] as T);
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
      if (open) pick(active);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only: inside the embed dialog, a first Escape must not close the dialog too.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setQuery('');
    }
  };

  return (
    <div className={className}>
      <label htmlFor={`${listId}-input`}>{label}</label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && active < visible.length ? `${listId}-${active}` : undefined}
        placeholder={shownText}
        title={searchTitle}
        value={open ? query : shownText}
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
          aria-label={label}
          onMouseDown={(event) => event.preventDefault()}
        >
          {visible.length === 0 ? <li className="unit-picker__empty">{noneText}</li> : null}
          {visible.map((option, index) => (
            <li
              key={optionKey(option)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={isSelected(option)}
              className={`unit-picker__option${index === active ? ' is-active' : ''}`}
              style={optionStyle?.(option)}
              onClick={() => pick(index)}
            >
              {renderOption(option)}
            </li>
          ))}
          {moreText && matches.length > visible.length ? (
            <li className="unit-picker__more">{moreText(matches.length - visible.length)}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
