import sharp from 'sharp';

// Cover images for the demo articles, drawn here rather than downloaded: a scene for each
// kind of news (a meeting hall, a plant, a network, a skyline, people, a shield), with
// colours and details varied by the article, so that no two covers are the same. An
// article and its translation get the same picture.

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 675;

type Palette = { sky: [string, string]; ground: string; accent: string; light: string; dark: string };

const PALETTES: Palette[] = [
  { sky: ['#1e3a8a', '#3b82f6'], ground: '#172554', accent: '#fbbf24', light: '#dbeafe', dark: '#0f172a' },
  { sky: ['#0f766e', '#5eead4'], ground: '#134e4a', accent: '#fde68a', light: '#ccfbf1', dark: '#042f2e' },
  { sky: ['#7c2d12', '#fb923c'], ground: '#431407', accent: '#fef3c7', light: '#ffedd5', dark: '#1c0a03' },
  { sky: ['#4c1d95', '#a78bfa'], ground: '#2e1065', accent: '#f9a8d4', light: '#ede9fe', dark: '#1e0b46' },
  { sky: ['#991b1b', '#f87171'], ground: '#450a0a', accent: '#fde047', light: '#fee2e2', dark: '#280505' },
  { sky: ['#166534', '#86efac'], ground: '#14532d', accent: '#fef08a', light: '#dcfce7', dark: '#052e16' },
  { sky: ['#334155', '#94a3b8'], ground: '#1e293b', accent: '#38bdf8', light: '#f1f5f9', dark: '#0f172a' },
];

/** A small deterministic random generator (mulberry32), seeded from a string. */
function randomFrom(seed: string) {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const W = COVER_WIDTH;
const H = COVER_HEIGHT;
const between = (r: Rand, min: number, max: number) => min + r() * (max - min);
const pickOne = <T,>(r: Rand, list: readonly T[]) => list[Math.floor(r() * list.length)];

function skyline(r: Rand, p: Palette, base: number) {
  let x = -20;
  let out = '';
  while (x < W) {
    const w = between(r, 60, 140);
    const h = between(r, 120, 360);
    out += `<rect x="${x.toFixed(0)}" y="${(base - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="${p.ground}"/>`;
    for (let wy = base - h + 20; wy < base - 20; wy += 28) {
      for (let wx = x + 12; wx < x + w - 16; wx += 22) {
        if (r() < 0.55) out += `<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="10" height="14" fill="${p.accent}" opacity="${between(r, 0.35, 0.9).toFixed(2)}"/>`;
      }
    }
    x += w + between(r, 4, 18);
  }
  return out;
}

function hall(r: Rand, p: Palette) {
  let out = `<rect x="0" y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="${p.ground}"/>`;
  // The stage, its banner and the speaker's desk.
  out += `<rect x="${W * 0.18}" y="${H * 0.16}" width="${W * 0.64}" height="${H * 0.12}" rx="6" fill="${p.accent}" opacity="0.9"/>`;
  out += `<rect x="${W * 0.12}" y="${H * 0.5}" width="${W * 0.76}" height="${H * 0.12}" fill="${p.dark}" opacity="0.8"/>`;
  out += `<rect x="${W * 0.46}" y="${H * 0.4}" width="${W * 0.08}" height="${H * 0.1}" fill="${p.light}"/>`;
  for (let i = 0; i < 7; i++) out += `<circle cx="${W * (0.2 + i * 0.1)}" cy="${H * 0.47}" r="14" fill="${p.light}" opacity="0.85"/>`;
  // Rows of the audience, seen from behind.
  for (let row = 0; row < 4; row++) {
    const y = H * (0.72 + row * 0.08);
    const step = 46 + row * 6;
    for (let x = (row % 2) * (step / 2) + between(r, 0, 20); x < W; x += step) {
      out += `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${(15 + row * 2).toFixed(0)}" fill="${p.dark}" opacity="0.9"/>`;
    }
  }
  return out;
}

function plant(r: Rand, p: Palette) {
  const base = H * 0.74;
  let out = '';
  for (let i = 0; i < 3; i++) {
    const x = between(r, 80, W - 160);
    const h = between(r, 200, 320);
    out += `<rect x="${x.toFixed(0)}" y="${(base - h).toFixed(0)}" width="34" height="${h.toFixed(0)}" fill="${p.ground}"/>`;
    out += `<circle cx="${(x + 17).toFixed(0)}" cy="${(base - h - 40).toFixed(0)}" r="${between(r, 30, 55).toFixed(0)}" fill="${p.light}" opacity="0.35"/>`;
  }
  let x = 0;
  while (x < W) {
    const w = between(r, 160, 260);
    const h = between(r, 90, 170);
    // Saw-tooth roofs of the workshops.
    const teeth = Math.max(2, Math.round(w / 60));
    let roof = `M${x.toFixed(0)} ${base}`;
    for (let t = 0; t < teeth; t++) {
      const tx = x + (w / teeth) * t;
      roof += ` L${tx.toFixed(0)} ${(base - h).toFixed(0)} L${(tx + w / teeth).toFixed(0)} ${(base - h - 36).toFixed(0)} L${(tx + w / teeth).toFixed(0)} ${(base - h).toFixed(0)}`;
    }
    out += `<path d="${roof} L${(x + w).toFixed(0)} ${base} Z" fill="${p.ground}"/>`;
    x += w + 10;
  }
  out += `<rect x="0" y="${base}" width="${W}" height="${H - base}" fill="${p.dark}"/>`;
  const gx = between(r, W * 0.6, W * 0.85);
  out += `<circle cx="${gx.toFixed(0)}" cy="${(H * 0.3).toFixed(0)}" r="70" fill="none" stroke="${p.accent}" stroke-width="26" stroke-dasharray="22 14"/>`;
  return out;
}

function network(r: Rand, p: Palette) {
  const nodes = Array.from({ length: 26 }, () => [between(r, 40, W - 40), between(r, 40, H - 40)] as const);
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const d = Math.hypot(nodes[i][0] - nodes[j][0], nodes[i][1] - nodes[j][1]);
      if (d < 260) out += `<line x1="${nodes[i][0].toFixed(0)}" y1="${nodes[i][1].toFixed(0)}" x2="${nodes[j][0].toFixed(0)}" y2="${nodes[j][1].toFixed(0)}" stroke="${p.light}" stroke-width="3" opacity="0.45"/>`;
    }
  }
  for (const [x, y] of nodes) {
    out += `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${between(r, 8, 22).toFixed(0)}" fill="${r() < 0.3 ? p.accent : p.light}"/>`;
  }
  return out;
}

function people(r: Rand, p: Palette) {
  let out = `<rect x="0" y="${H * 0.8}" width="${W}" height="${H * 0.2}" fill="${p.ground}"/>`;
  const count = 5 + Math.floor(r() * 3);
  for (let i = 0; i < count; i++) {
    const cx = (W / (count + 1)) * (i + 1) + between(r, -30, 30);
    const scale = between(r, 0.85, 1.15);
    const colour = pickOne(r, [p.light, p.accent, p.dark]);
    out += `<circle cx="${cx.toFixed(0)}" cy="${(H * 0.42 - 30 * scale).toFixed(0)}" r="${(48 * scale).toFixed(0)}" fill="${colour}"/>`;
    out += `<rect x="${(cx - 70 * scale).toFixed(0)}" y="${(H * 0.5).toFixed(0)}" width="${(140 * scale).toFixed(0)}" height="${(H * 0.4).toFixed(0)}" rx="${(60 * scale).toFixed(0)}" fill="${colour}"/>`;
  }
  return out;
}

function shield(r: Rand, p: Palette) {
  const cx = between(r, W * 0.35, W * 0.65);
  let out = '';
  for (let i = 0; i < 9; i++) {
    out += `<rect x="${(i * 150 - 40).toFixed(0)}" y="${H * 0.82}" width="90" height="${H * 0.18}" fill="${i % 2 ? p.accent : p.dark}" transform="skewX(-30)"/>`;
  }
  out += `<path d="M${cx} 90 L${cx + 170} 150 L${cx + 150} 380 Q${cx} 520 ${cx} 520 Q${cx} 520 ${cx - 150} 380 L${cx - 170} 150 Z" fill="${p.light}"/>`;
  out += `<path d="M${cx - 70} 300 L${cx - 15} 360 L${cx + 85} 230" fill="none" stroke="${p.ground}" stroke-width="34" stroke-linecap="round" stroke-linejoin="round"/>`;
  return out;
}

const SCENES: Record<string, (r: Rand, p: Palette) => string> = {
  meetings: hall,
  operations: plant,
  innovation: network,
  people,
  safety: shield,
};

/** The cover of one article as an SVG document. `seed` varies it; `category` picks the scene. */
export function coverSvg(seed: string, category: string): string {
  const r = randomFrom(seed);
  const p = pickOne(r, PALETTES);
  const scene = SCENES[category] ?? ((rand: Rand, pal: Palette) => skyline(rand, pal, H * 0.86));
  const sun = `<circle cx="${between(r, W * 0.1, W * 0.9).toFixed(0)}" cy="${between(r, H * 0.12, H * 0.3).toFixed(0)}" r="${between(r, 50, 110).toFixed(0)}" fill="${p.light}" opacity="0.25"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>${sun}${scene(r, p)}</svg>`
  );
}

/** The cover of one article as a JPEG, ready for the upload pipeline. */
export function coverJpeg(seed: string, category: string): Promise<Buffer> {
  return sharp(Buffer.from(coverSvg(seed, category))).jpeg({ quality: 90 }).toBuffer();
}
