// The legible font Ringkas ships (issue 15, item 5): Atkinson Hyperlegible by the Braille
// Institute, SIL Open Font License 1.1 (public/fonts/OFL.txt), from @fontsource/atkinson-hyperlegible
// (its Latin files, which cover Indonesian and English). The pages declare it in fonts.css; the
// in-page reader adds the same faces with the FontFace API (src/content/reader.ts).
export const LEGIBLE_FAMILY = 'Ringkas Legible';

export const LEGIBLE_FACES = [
  { file: 'atkinson-hyperlegible-latin-400-normal.woff2', weight: '400', style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-700-normal.woff2', weight: '700', style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-400-italic.woff2', weight: '400', style: 'italic' },
  { file: 'atkinson-hyperlegible-latin-700-italic.woff2', weight: '700', style: 'italic' },
] as const;
