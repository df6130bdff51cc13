// An incremental CSV reader for dossier exports: text in chunk by chunk (so a file is never held whole), a BOM or not,
// comma or semicolon (whichever the header line uses outside quotes), quoted cells with "" and line breaks, CRLF or LF.

export type CsvRowReader = {
  push(text: string): void;
  end(): void;
};

const QUOTE = 34;
const LF = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;

/** The delimiter of a header line: the more frequent of comma and semicolon outside quotes (comma on a tie). */
function delimiterOf(headerLine: string): number {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === COMMA) commas++;
    else if (!quoted && c === SEMICOLON) semicolons++;
  }
  return semicolons > commas ? SEMICOLON : COMMA;
}

/**
 * Rows as arrays: `onHeader` gets the first row, `onRow` every later non-empty row with the 1-based line it starts on.
 * Each row is a fresh array, which the callback may keep.
 */
export function createCsvRowReader(
  onHeader: (header: string[]) => void,
  onRow: (cells: readonly string[], line: number) => void,
): CsvRowReader {
  let buffer = '';
  let line = 1;
  let delimiter = -1;
  let headerSeen = false;
  function emit(startLine: number, cells: string[]): void {
    if (!headerSeen) {
      headerSeen = true;
      onHeader(cells);
    } else if (cells.length > 1 || cells[0] !== '') {
      onRow(cells, startLine);
    }
  }

  /** Reads every complete record in the buffer; with `final`, the last one too. */
  function parse(final: boolean): void {
    const s = buffer;
    const n = s.length;
    const d = delimiter;
    const delimiterText = String.fromCharCode(d);
    let i = 0;
    let nextQuote = -1;
    while (i < n) {
      // The fast path, for a whole line without quotes: the engine's own split.
      const lineEnd = s.indexOf('\n', i);
      if (nextQuote < i) {
        nextQuote = s.indexOf('"', i);
        if (nextQuote < 0) nextQuote = n;
      }
      if (lineEnd >= 0 && nextQuote > lineEnd) {
        const end = lineEnd > i && s.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        const text = s.slice(i, end);
        if (text.indexOf('\r') < 0) {
          emit(line, text.split(delimiterText));
          line++;
          i = lineEnd + 1;
          continue;
        }
      }
      const recordStart = i;
      const startLine = line;
      const cells: string[] = [];
      let count = 0;
      let complete = false;
      for (;;) {
        let value: string;
        if (s.charCodeAt(i) === QUOTE) {
          let from = i + 1;
          let closed = false;
          value = '';
          for (;;) {
            const close = s.indexOf('"', from);
            if (close < 0) {
              if (final) {
                value += s.slice(from); // a quote never closed: the rest of the export is its value
                i = n;
                closed = true;
              }
              break;
            }
            if (close + 1 >= n && !final) break; // a "" may straddle two chunks
            if (s.charCodeAt(close + 1) === QUOTE) {
              value += s.slice(from, close + 1);
              from = close + 2;
              continue;
            }
            value += s.slice(from, close);
            i = close + 1;
            closed = true;
            break;
          }
          if (!closed) break;
          for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === LF) line++;
          // anything between the closing quote and the delimiter is kept, as spreadsheets do
          const rest = i;
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          if (i > rest) value += s.slice(rest, i);
        } else {
          const from = i;
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          value = s.slice(from, i);
        }
        if (i >= n && !final) break;
        cells[count++] = value;
        if (i >= n) {
          complete = true;
          break;
        }
        const c = s.charCodeAt(i);
        if (c === d) {
          i++;
          if (i >= n && !final) break;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) break; // its LF may come with the next chunk
          i += s.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        line++;
        complete = true;
        break;
      }
      if (!complete) {
        // An incomplete record waits for the next chunk; the lines it counted are counted again then.
        line = startLine;
        buffer = s.slice(recordStart);
        return;
      }
      emit(startLine, cells);
    }
    buffer = '';
  }

  return {
    push(text) {
      if (text === '') return;
      buffer = buffer === '' ? text : buffer + text;
      if (delimiter < 0) {
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
        const lineEnd = buffer.search(/[\r\n]/);
        if (lineEnd < 0) return;
        delimiter = delimiterOf(buffer.slice(0, lineEnd));
      }
      parse(false);
    },
    end() {
      if (delimiter < 0) {
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
        delimiter = delimiterOf(buffer);
      }
      if (buffer !== '') parse(true);
    },
  };
}

/** Rows as header -> cell records, the shape `createFeedBuilder().addRecord` takes. */
export function createCsvReader(
  onRecord: (cells: Record<string, string>, line: number) => void,
  onHeader?: (header: string[]) => void,
): CsvRowReader {
  let header: string[] = [];
  return createCsvRowReader(
    (names) => {
      header = names.map((name) => name.trim());
      onHeader?.(header);
    },
    (cells, line) => {
      const record: Record<string, string> = {};
      for (let i = 0; i < header.length && i < cells.length; i++) record[header[i] as string] = cells[i] as string;
      onRecord(record, line);
    },
  );
}
