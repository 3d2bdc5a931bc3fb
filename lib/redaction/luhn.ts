/**
 * The Luhn (mod 10) check every payment card number passes: from the right,
 * double every second digit, subtract 9 from doubles over 9, and the sum must
 * end in 0. Takes digits only; anything else (or fewer than two digits) fails.
 * About one random number in ten passes, so callers pair it with a length
 * and layout check.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
