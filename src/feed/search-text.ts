/** Folds Vietnamese text for search: lower case, no diacritics, đ as d. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesSearch(searchText: string, query: string): boolean {
  const folded = foldForSearch(query);
  return folded === '' || searchText.includes(folded);
}
