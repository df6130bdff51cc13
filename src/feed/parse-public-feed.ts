// The parser of the public pages (widget, public view): parse-feed's model, refusals and left-out rows, without what only
// officials read (search text, each bad row's problems, month-chain flags, the publisher's left-out list): about 0.8 KB
// gzip the widget's budget cannot carry.
import type { ParseResult } from './feed-model';
import { parseFeedTextWith, type DocumentReader } from './parse-feed';

const PUBLIC_READER: DocumentReader = {
  searchText: () => '',
  // A left-out row is counted (the page says its figures are partial); why it was left out is the dashboard's to say.
  rowProblems: () => [],
  checkRows: () => {},
  recordsLeftOut: () => [],
};

export function parsePublicFeedText(text: string): ParseResult {
  return parseFeedTextWith(text, PUBLIC_READER);
}
