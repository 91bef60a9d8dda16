/** File types recognised by their first bytes (the declared type and the name are not trusted). */
export type SniffedType = 'application/pdf' | 'image/png' | 'image/jpeg';

const SIGNATURES: readonly { type: SniffedType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffContentType(content: Uint8Array): SniffedType | null {
  for (const { type, bytes } of SIGNATURES) {
    if (content.length >= bytes.length && bytes.every((byte, i) => content[i] === byte)) {
      return type;
    }
  }
  return null;
}
