/**
 * The site's colours, one palette a scheme: the values of the CSS custom
 * properties in src/styles/global.css (screen, light and dark) and
 * src/styles/print.css (paper), which a unit test keeps equal. Everything
 * the build draws (chart pictures, share images, QR codes) takes its
 * colours from here; the live chart reads the CSS properties named in
 * CSS_VARS, so it follows the page's scheme.
 */
export interface Palette {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  accent: string;
  accentSoft: string;
  rule: string;
  /** The background of a marked figure phrase. */
  mark: string;
  focus: string;
}

export type Scheme = 'light' | 'dark';
/** A screen scheme, or paper. */
export type PaletteName = Scheme | 'print';

/** The media query of the dark scheme, for pictures drawn in each palette. */
export const DARK_MEDIA = '(prefers-color-scheme: dark)';

export const PALETTES: Record<PaletteName, Palette> = {
  light: {
    bg: '#fbf9f5',
    surface: '#ffffff',
    fg: '#1f1c19',
    muted: '#5b554e',
    accent: '#a3201a',
    accentSoft: '#f7e9e6',
    rule: '#e2dbd1',
    mark: '#fbeec9',
    focus: '#1a5fb4',
  },
  dark: {
    bg: '#151311',
    surface: '#1f1c19',
    fg: '#ece6df',
    muted: '#b2aaa1',
    accent: '#ff8f80',
    accentSoft: '#3a2421',
    rule: '#3b3531',
    mark: '#433821',
    focus: '#8cb8ff',
  },
  /** Paper: white, a little more contrast, no fill behind marked phrases; focus is the screen's. */
  print: {
    bg: '#ffffff',
    surface: '#ffffff',
    fg: '#1a1714',
    muted: '#55504a',
    accent: '#a3201a',
    accentSoft: '#f8eceb',
    rule: '#cbc3b8',
    mark: 'transparent',
    focus: '#1a5fb4',
  },
};

/** Each colour's CSS custom property. */
export const CSS_VARS: Record<keyof Palette, string> = {
  bg: '--bg',
  surface: '--surface',
  fg: '--fg',
  muted: '--muted',
  accent: '--accent',
  accentSoft: '--accent-soft',
  rule: '--rule',
  mark: '--mark',
  focus: '--focus',
};

/** QR codes: dark modules on white in every scheme, since not every phone reads an inverted code. */
export const QR_COLOURS = { dark: PALETTES.light.fg, light: '#ffffff' } as const;
