// Without a DOM the widths are the estimate's, the same on every machine: the cutting and wrapping rules are what is tested.
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, textWidth, wrapText } from './text-measure';

describe('estimateTextWidth', () => {
  it('grows with the text and the type size, a percent sign wider than a digit and a comma narrower', () => {
    expect(estimateTextWidth('97,8%', 20)).toBeCloseTo((0.64 * 3 + 0.34 + 0.96) * 20);
    expect(estimateTextWidth('100%', 24)).toBe(estimateTextWidth('100%', 12) * 2);
  });
});

describe('fitText', () => {
  it('leaves a text that fits as it is', () => {
    expect(fitText('Sở Y tế', 200)).toBe('Sở Y tế');
  });

  it('cuts a text that does not fit and ends it with an ellipsis, within the width', () => {
    const cut = fitText('Trung tâm Phục vụ hành chính công', 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(80);
    expect('Trung tâm Phục vụ hành chính công'.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe('wrapText', () => {
  it('breaks between words into lines that fit', () => {
    const lines = wrapText('Sở Tài nguyên và Môi trường', 100, 2);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe('Sở Tài nguyên và Môi trường');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(100);
  });

  it('puts what does not fit in the last line, cut', () => {
    const lines = wrapText('Ủy ban nhân dân phường Ninh Kiều thành phố Cần Thơ', 90, 2);
    expect(lines.length).toBe(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
