import { describe, expect, it } from 'vitest';
import { fileKind } from './file-kind';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fileKind', () => {
  it('tells a feed document from a dossier export by its first character, with or without a BOM', () => {
    expect(fileKind(bytes('{"schema":"tthc-feed/1"}'))).toBe('json');
    expect(fileKind(bytes('\uFEFF\n  {"schema":"tthc-feed/1"}'))).toBe('json');
    expect(fileKind(bytes('maHoSo,donVi,kenh\nHS-1,C1,truc_tuyen\n'))).toBe('csv');
    expect(fileKind(bytes('\uFEFFmaHoSo;donVi;kenh\r\n'))).toBe('csv');
  });

  it('recognises an .xlsx (a zip) whatever its name', () => {
    expect(fileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('xlsx');
  });

  it('refuses binary files and says when a file is empty', () => {
    expect(fileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe('binary');
    expect(fileKind(new Uint8Array(200).map((_, index) => (index % 7 === 0 ? 0x01 : 0x41)))).toBe('binary');
    expect(fileKind(new Uint8Array())).toBe('empty');
    expect(fileKind(bytes('\uFEFF  \r\n'))).toBe('empty');
  });
});
