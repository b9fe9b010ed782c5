/**
 * GS1 Serial Shipping Container Code (the handling unit's LPN): 18 digits, the last a mod-10 check digit.
 * A scanner reading the GS1-128 label may prefix the application identifier "(00)" or "00".
 */

/** GS1 mod-10: from the right, digits weigh 3, 1, 3, 1 …; the check digit tops the sum up to a multiple of ten. */
export function ssccCheckDigit(digits: string): string {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    sum += index % 2 === 0 ? digit * 3 : digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** The bare digits of a scan that has the shape of an SSCC (18 digits, or 20 with the "00" identifier), else null. */
function ssccDigits(text: string): string | null {
  let digits = text.replace(/[\s()]/g, '');
  if (digits.length === 20 && digits.startsWith('00')) digits = digits.slice(2);
  return /^\d{18}$/.test(digits) ? digits : null;
}

/** The 18 digits of a valid SSCC (prefix removed), or null when the text is not one or its check digit is wrong. */
export function normaliseSscc(text: string): string | null {
  const digits = ssccDigits(text);
  return digits !== null && digits[17] === ssccCheckDigit(digits.slice(0, 17)) ? digits : null;
}

/** True when the text looks like an SSCC but its check digit is wrong (a misread label). */
export function hasWrongSsccCheckDigit(text: string): boolean {
  return ssccDigits(text) !== null && normaliseSscc(text) === null;
}

/** Builds a valid SSCC from its first 17 digits (tests and demo data). */
export function withSsccCheckDigit(first17: string): string {
  return first17 + ssccCheckDigit(first17);
}
