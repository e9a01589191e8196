/** Thai digits ๐–๙ <-> Arabic digits. Reading accepts both everywhere; writing is an option. */
const THAI_ZERO = 0x0e50;

export function toArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
