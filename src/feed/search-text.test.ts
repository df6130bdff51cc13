// Unit search: an official types "ho dac kien" and finds "Xã Hồ Đắc Kiện".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './search-text';

describe('foldForSearch', () => {
  it('drops diacritics and lower-cases', () => {
    expect(foldForSearch('Xã Hồ Đắc Kiện')).toBe('xa ho dac kien');
    expect(foldForSearch('Phường Ngã Bảy')).toBe('phuong nga bay');
    expect(foldForSearch('Sở Y tế')).toBe('so y te');
    expect(foldForSearch('Trung tâm Phục vụ hành chính công')).toBe('trung tam phuc vu hanh chinh cong');
  });

  it('folds đ and Đ to d', () => {
    expect(foldForSearch('Đ')).toBe('d');
    expect(foldForSearch('đ')).toBe('d');
    expect(foldForSearch('ĐỒNG THÁP')).toBe('dong thap');
    expect(foldForSearch('Đắk Lắk')).toBe('dak lak');
  });

  it('gives the same text for precomposed and decomposed input', () => {
    const composed = 'Hồ Đắc Kiện'.normalize('NFC');
    const decomposed = 'Hồ Đắc Kiện'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(foldForSearch(decomposed)).toBe(foldForSearch(composed));
  });

  it('collapses and trims white space', () => {
    expect(foldForSearch('  Xã   Phú\tTâm \n')).toBe('xa phu tam');
  });

  it('leaves nothing with a diacritic or an upper-case letter behind (property over Vietnamese letters)', () => {
    const letters =
      'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝỶỸỴ ';
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters), { maxLength: 30 }).map((chars) => chars.join('')),
        (text) => {
          expect(foldForSearch(text)).toMatch(/^[a-z ]*$/);
          // Folding is idempotent.
          expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
        },
      ),
    );
  });
});

describe('matchesSearch', () => {
  const unit = foldForSearch('Xã Hồ Đắc Kiện');

  it.each(['ho dac kien', 'Hồ Đắc Kiện', 'HỒ ĐẮC KIỆN', 'HO DAC KIEN', 'xa ho', 'kien', 'Đắc', 'dac', '  ho   dac  '])(
    '"%s" finds "Xã Hồ Đắc Kiện"',
    (query) => {
      expect(matchesSearch(unit, query)).toBe(true);
    },
  );

  it.each(['ho dac kiem', 'phu tam', 'hodackien', 'xyz'])('"%s" does not find "Xã Hồ Đắc Kiện"', (query) => {
    expect(matchesSearch(unit, query)).toBe(false);
  });

  it('an empty query finds every unit', () => {
    expect(matchesSearch(unit, '')).toBe(true);
    expect(matchesSearch(unit, '   ')).toBe(true);
  });

  it('a folded name always finds itself, whatever its case and marks (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('Xã Hồ Đắc Kiện', 'Phường Ngã Bảy', 'Sở Tài chính', 'Đặc khu Phú Quốc'), fc.boolean(), (name, upper) => {
        const query = upper ? name.toUpperCase() : name.toLowerCase();
        expect(matchesSearch(foldForSearch(name), query)).toBe(true);
      }),
    );
  });
});
