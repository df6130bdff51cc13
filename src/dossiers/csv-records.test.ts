// The incremental CSV reader: BOM, comma or semicolon, quotes, CRLF, line numbers, and chunks split anywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvReader, createCsvRowReader } from './csv-records';

function readAll(chunks: string[]) {
  const rows: Array<{ cells: string[]; line: number }> = [];
  let header: string[] = [];
  const reader = createCsvRowReader(
    (names) => (header = names),
    (cells, line) => rows.push({ cells: cells.slice(), line }),
  );
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return { header, rows };
}

describe('createCsvRowReader', () => {
  it('reads a BOM, semicolons, quoted cells with "" and line breaks, CRLF, and numbers lines from the header', () => {
    const text = '\uFEFFmaHoSo;ghiChu;kenh\r\nA;"x; ""y""";truc_tuyen\r\nB;"two\r\nlines";truc_tiep\r\n\r\nC;;buu_chinh';
    const { header, rows } = readAll([text]);
    expect(header).toEqual(['maHoSo', 'ghiChu', 'kenh']);
    expect(rows).toEqual([
      { cells: ['A', 'x; "y"', 'truc_tuyen'], line: 2 },
      { cells: ['B', 'two\r\nlines', 'truc_tiep'], line: 3 },
      { cells: ['C', '', 'buu_chinh'], line: 6 },
    ]);
  });

  it('takes the comma when the header has more commas than semicolons', () => {
    const { rows } = readAll(['a,b;c\n1,2;3\n']);
    expect(rows).toEqual([{ cells: ['1', '2;3'], line: 2 }]);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }).map((s) => s.replace(/[",;\r\n]/g, '')),
      fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`),
      fc.constantFrom('"a\nb"', '"say ""hi"""', 'Nguyễn', '"Trần, Thị"'),
    );
    const row = fc.array(cell, { minLength: 3, maxLength: 3 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 12 }),
        (rows, newline, cuts) => {
          const text = `h1,h2,h3${newline}${rows.join(newline)}${newline}`;
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((from, i) => text.slice(from, [...points, text.length][i]));
          expect(readAll(chunks)).toEqual(readAll([text]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a last line without a line break, and a quote never closed as the rest of the export', () => {
    expect(readAll(['h\na\nb']).rows.map((r) => r.cells)).toEqual([['a'], ['b']]);
    expect(readAll(['h,i\na,"open\nstill']).rows).toEqual([{ cells: ['a', 'open\nstill'], line: 2 }]);
  });
});

describe('createCsvReader', () => {
  it('gives header -> cell records with trimmed header names', () => {
    const records: Array<[Record<string, string>, number]> = [];
    const reader = createCsvReader((cells, line) => records.push([cells, line]));
    reader.push('maHoSo , donVi\nHS-1,C1\n');
    reader.end();
    expect(records).toEqual([[{ maHoSo: 'HS-1', donVi: 'C1' }, 2]]);
  });
});
