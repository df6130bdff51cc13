// Picks one field (lĩnh vực) of a document by field, or every field; search works with or without diacritics, as the
// unit picker's. Shown only when the document has fields.
import { useCallback } from 'react';
import type { FeedField, FeedModel } from '../feed/feed-model';
import { foldForSearch } from '../feed/search-text';
import { useT } from '../ui/use-t';
import { SearchCombobox } from './search-combobox';

type Props = { model: FeedModel; currentId: string | null; onPick: (fieldId: string | null) => void };

/** null is "every field", the first option. */
type Choice = FeedField | null;

export function FieldPicker({ model, currentId, onPick }: Props) {
  const t = useT();
  const fields = (model.whole ?? model).fields;
  const current = currentId === null ? null : (model.whole ?? model).fieldsById.get(currentId);
  const everyField = t('field.all');
  const matchesFor = useCallback(
    (query: string): Choice[] => {
      const folded = foldForSearch(query);
      if (folded === '') return [null, ...fields];
      const matches = fields.filter((field) => field.searchText.includes(folded));
      return foldForSearch(everyField).includes(folded) ? [null, ...matches] : matches;
    },
    [fields, everyField],
  );

  return (
    <SearchCombobox<Choice>
      className="unit-picker field-picker"
      label={t('field.label')}
      searchTitle={t('field.search')}
      noneText={t('field.none')}
      // An unknown id from the URL shows as it was given: the page says it is unknown.
      shownText={currentId === null ? everyField : (current?.name ?? currentId)}
      matchesFor={matchesFor}
      optionKey={(choice) => choice?.id ?? ''}
      isSelected={(choice) => (choice?.id ?? null) === currentId}
      renderOption={(choice) => choice?.name ?? everyField}
      onPick={(choice) => onPick(choice?.id ?? null)}
    />
  );
}
