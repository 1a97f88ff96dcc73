// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]:
// any other character (U+0008, U+FFFF, a lone surrogate) makes the whole file not well-formed,
// and escaping cannot help (&#8; is forbidden too). Everything written as XML passes here.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');
