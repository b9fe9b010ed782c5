import { hasWrongSsccCheckDigit, normaliseSscc, ssccCheckDigit, withSsccCheckDigit } from './sscc';

describe('SSCC', () => {
  it('computes the GS1 mod-10 check digit (weights 3, 1, 3 … from the right)', () => {
    // The same mod-10 as an EAN-13: 400638133393 → 1 (4006381333931).
    expect(ssccCheckDigit('400638133393')).toBe('1');
    expect(ssccCheckDigit('34012345123456789')).toBe('5');
    expect(ssccCheckDigit('00000000000000000')).toBe('0');
    expect(withSsccCheckDigit('10614141000000001')).toBe('106141410000000019');
  });

  it.each([
    ['340123451234567895', '340123451234567895'],
    ['00340123451234567895', '340123451234567895'],
    ['(00)340123451234567895', '340123451234567895'],
    [' (00) 3401 2345 1234 5678 95 ', '340123451234567895'],
  ])('accepts %s', (text, lpn) => {
    expect(normaliseSscc(text)).toBe(lpn);
  });

  it.each(['340123451234567896', '34012345123456789', '3401234512345678950', 'MAIN-A01-R01-L1-B1', '', '11340123451234567895'])(
    'refuses %s',
    (text) => {
      expect(normaliseSscc(text)).toBeNull();
    },
  );

  it('tells a misread label (wrong check digit) from a code that is no SSCC at all', () => {
    expect(hasWrongSsccCheckDigit('340123451234567896')).toBe(true);
    expect(hasWrongSsccCheckDigit('(00)340123451234567896')).toBe(true);
    expect(hasWrongSsccCheckDigit('340123451234567895')).toBe(false);
    expect(hasWrongSsccCheckDigit('SKU-001')).toBe(false);
  });
});
