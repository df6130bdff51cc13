// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { RecordsLeftOut, recordsLeftOutCount } from './records-left-out';

afterEach(cleanup);

describe('RecordsLeftOut', () => {
  it('lists each record by its line, and a count per reason where the builder stopped listing lines', () => {
    const entries = [
      { line: 19, reason: "unknown kenh 'fax'", count: 1 },
      { line: null, reason: 'a time after generatedAt', count: 1500 },
    ];
    render(<RecordsLeftOut entries={entries} />);
    expect(screen.getByRole('heading').textContent).toBe('Hồ sơ không được tính khi dựng số liệu (1.501)');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "Dòng 19: unknown kenh 'fax'",
      'a time after generatedAt: 1.500 hồ sơ',
    ]);
    expect(recordsLeftOutCount(entries)).toBe(1501);
  });

  it('shows the first 200 lines and how many more, and nothing at all when nothing was left out', () => {
    const entries = Array.from({ length: 250 }, (_, index) => ({ line: index + 2, reason: 'unknown donVi', count: 1 }));
    const list = render(<RecordsLeftOut entries={entries} />);
    // querySelectorAll, not getAllByRole: the role query over 201 items takes seconds in jsdom.
    const items = [...list.container.querySelectorAll('li')];
    expect(items).toHaveLength(201);
    expect(items[199]?.textContent).toBe('Dòng 201: unknown donVi');
    expect(items.at(-1)?.textContent).toBe('… +50');
    cleanup();
    const { container } = render(<RecordsLeftOut entries={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
