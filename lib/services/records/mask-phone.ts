/**
 * Masks a phone number the way the AICA documents show it: country code and
 * the last four digits stay, the rest becomes "***" (+15551234567 → +1***4567).
 * Too short to keep anything safely: "***".
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return "***";
  const prefix = phone.trim().startsWith("+") ? `+${digits[0]}` : "";
  return `${prefix}***${digits.slice(-4)}`;
}
