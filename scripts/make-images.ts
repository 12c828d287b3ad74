/**
 * Draws the mini-program's own pictures from SVG with sharp, so they can be
 * changed in code review and redrawn the same way:
 * - tab bar icons (src/assets/tabbar): 81x81 PNG, normal in the tab bar's
 *   text grey, selected in the theme red (app.config.ts tabBar colours);
 * - share pictures (src/assets/share): 500x400 PNG (WeChat shows share
 *   pictures at 5:4), one per job that pages share.
 * The PNGs are committed; run again after changing a drawing:
 *
 *   npm run make:images
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export const TAB_ICON_SIZE = 81;
const GREY = '#4D4D4D';
const RED = '#C8161D';
const ROOT = path.resolve(__dirname, '..');

/**
 * Glyphs on a 48x48 grid, drawn with thick strokes (4 units, about 7 px at
 * 81 px) so they stay legible at tab bar size and for weak eyes; the selected
 * state is filled as well as coloured, so it does not depend on colour alone.
 */
const GLYPHS: Record<string, (colour: string, selected: boolean) => string> = {
  home: (c, sel) => `
    <path d="M6 23 L24 7 L42 23" fill="none" stroke="${c}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M11 20 V41 H37 V20" fill="${sel ? c : 'none'}" stroke="${c}" stroke-width="4" stroke-linejoin="round"/>
    <rect x="20" y="28" width="8" height="13" fill="${sel ? '#FFFFFF' : c}"/>`,
  messages: (c, sel) => `
    <path d="M7 10 H41 V33 H22 L13 41 V33 H7 Z" fill="${sel ? c : 'none'}" stroke="${c}" stroke-width="4" stroke-linejoin="round"/>
    <path d="M14 19 H34 M14 26 H28" stroke="${sel ? '#FFFFFF' : c}" stroke-width="4" stroke-linecap="round"/>`,
  me: (c, sel) => `
    <circle cx="24" cy="16" r="8" fill="${sel ? c : 'none'}" stroke="${c}" stroke-width="4"/>
    <path d="M8 42 C8 31 15 27 24 27 C33 27 40 31 40 42 Z" fill="${sel ? c : 'none'}" stroke="${c}" stroke-width="4" stroke-linejoin="round"/>`,
};

function tabIconSvg(name: string, selected: boolean): string {
  const colour = selected ? RED : GREY;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${TAB_ICON_SIZE}" height="${TAB_ICON_SIZE}" viewBox="0 0 48 48">${GLYPHS[name](colour, selected)}</svg>`;
}

/** A share card: the job's name large on the theme red, the street's name under it. */
function shareCardSvg(title: string, line: string, glyph: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="400" viewBox="0 0 500 400">
  <rect width="500" height="400" fill="${RED}"/>
  <rect x="24" y="24" width="452" height="352" rx="24" fill="none" stroke="#FFFFFF" stroke-opacity="0.5" stroke-width="4"/>
  <g transform="translate(200 60) scale(2.1)">${glyph}</g>
  <text x="250" y="270" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Serif CJK SC, sans-serif" font-size="64" font-weight="700" fill="#FFFFFF">${title}</text>
  <text x="250" y="330" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Serif CJK SC, sans-serif" font-size="30" fill="#FFFFFF">${line}</text>
</svg>`;
}

const BOOK = `<path d="M4 8 C12 5 18 6 24 10 C30 6 36 5 44 8 V40 C36 37 30 38 24 42 C18 38 12 37 4 40 Z" fill="none" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round"/><path d="M24 10 V42" stroke="#FFFFFF" stroke-width="3"/>`;
const HEART = `<path d="M24 42 C10 32 4 25 4 16 C4 9 9 5 15 5 C19 5 22 7 24 11 C26 7 29 5 33 5 C39 5 44 9 44 16 C44 25 38 32 24 42 Z" fill="none" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round"/>`;

export const SHARE_CARDS: Record<string, string> = {
  culture: shareCardSvg('文化课堂', '湖岛街道 · 党群e家', BOOK),
  eldercare: shareCardSvg('为老服务', '湖岛街道 · 红色合伙人', HEART),
};

export async function makeImages(root = ROOT): Promise<string[]> {
  const written: string[] = [];
  const tabDir = path.join(root, 'src/assets/tabbar');
  const shareDir = path.join(root, 'src/assets/share');
  fs.mkdirSync(tabDir, { recursive: true });
  fs.mkdirSync(shareDir, { recursive: true });
  for (const name of Object.keys(GLYPHS)) {
    for (const selected of [false, true]) {
      const file = path.join(tabDir, `${name}${selected ? '-active' : ''}.png`);
      await sharp(Buffer.from(tabIconSvg(name, selected)))
        .png({ compressionLevel: 9 })
        .toFile(file);
      written.push(file);
    }
  }
  for (const [name, svg] of Object.entries(SHARE_CARDS)) {
    const file = path.join(shareDir, `${name}.png`);
    await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(file);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  makeImages().then(
    (files) =>
      files.forEach((f) => console.log(`${path.relative(ROOT, f)}  ${(fs.statSync(f).size / 1024).toFixed(1)} KB`)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
