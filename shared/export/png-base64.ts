/**
 * Checks on a PNG picture sent as base64 text. Shared code has neither Node's Buffer nor the
 * DOM's atob, so the few bytes the check needs are decoded here.
 */

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Standard, padded base64: what canvas.toDataURL and AG Charts' getImageDataURL give after the comma. */
const BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;
/** Every PNG file starts with these eight bytes. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The first `count` bytes that base64 text encodes (fewer if it ends or stops being base64 sooner). */
export function decodeBase64Prefix(base64: string, count: number): number[] {
  const bytes: number[] = [];
  let pending = 0;
  let pendingBits = 0;
  for (let index = 0; index < base64.length && bytes.length < count; index++) {
    const digit = BASE64_DIGITS.indexOf(base64[index]);
    if (digit < 0) break;
    pending = (pending << 6) | digit;
    pendingBits += 6;
    if (pendingBits >= 8) {
      pendingBits -= 8;
      bytes.push((pending >> pendingBits) & 0xff);
      pending &= (1 << pendingBits) - 1;
    }
  }
  return bytes;
}

/** What is wrong with base64 text that should hold a PNG file, in words for a message; null when nothing is. */
export function pngBase64Problem(base64: string): string | null {
  if (base64.startsWith('data:')) return 'its picture is a data URL; send only the base64 text after the comma';
  if (base64.length === 0) return 'its picture is empty';
  if (base64.length % 4 !== 0 || !BASE64_TEXT.test(base64)) return 'its picture is not base64 text';
  const start = decodeBase64Prefix(base64, PNG_SIGNATURE.length);
  if (!PNG_SIGNATURE.every((byte, index) => start[index] === byte)) return 'its picture is not a PNG image (its bytes do not start with the PNG signature)';
  return null;
}
