/** Written at build time by scripts/katex-inline-fonts-plugin.ts (the standalone build only). */
declare module 'virtual:katex-inline-fonts' {
  export const INLINE_FONTS: readonly {
    family: string;
    style: string;
    weight: string;
    /** data:font/woff2;base64,... */
    src: string;
  }[];
  /** KaTeX's faces that are not inlined: family, style and weight only. */
  export const OTHER_FACES: readonly { family: string; style: string; weight: string }[];
}
