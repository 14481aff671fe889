// The one Vietnamese text normalisation used for every match and search in the product.
// "Phường Quy Nhơn Tây", "PHUONG QUY NHON TAY" and the NFD form of the same all become
// "phuong quy nhon tay"; đ/Đ become d.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Lower case, diacritics removed, đ→d, punctuation folded to single spaces, trimmed. */
export function normalizeVi(input: string): string {
  return input
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** Same as normalizeVi but keeps no spaces: "Kon  Gang" and "KonGang" compare equal. */
export function compactVi(input: string): string {
  return normalizeVi(input).replace(/ /g, '');
}
