/** Written at build time by scripts/katex-inline-fonts-plugin.ts (the standalone build only). */
declare module 'virtual:katex-inline-fonts' {
  export const INLINE_FONTS: readonly {
    family: string;
    style: string;
    weight: string;
    /** data:font/woff2;base64,... */
    src: string;
  }[];
}
