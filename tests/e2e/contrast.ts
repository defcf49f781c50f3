import type { Locator, Page } from '@playwright/test';

// The contrast of controls as the browser paints them: the computed text colour against the
// background it actually sits on (the element's own, else the nearest ancestor's, composed
// through translucent layers). Tests that only click a button by its role pass even when
// the button is white text on white; these checks fail then.

export type ContrastIssue = { text: string; ratio: number; color: string; background: string };

type Measured = ContrastIssue & { large: boolean };

/** Controls (buttons, links, form fields, tabs) whose text falls below WCAG AA contrast. */
export async function lowContrastControls(page: Page, scope?: Locator): Promise<ContrastIssue[]> {
  const measured = await measure(scope ?? page.locator('body'), false);
  return measured
    .filter((m) => m.ratio < (m.large ? 3 : 4.5))
    .map((m) => ({ text: m.text, ratio: m.ratio, color: m.color, background: m.background }));
}

/** The contrast ratio of one control's text against what it is painted on. */
export async function contrastOf(control: Locator): Promise<number> {
  const [measured] = await measure(control, true);
  if (!measured) throw new Error('The control is not visible or has no text.');
  return measured.ratio;
}

function measure(root: Locator, self: boolean): Promise<Measured[]> {
  return root.evaluate((el: Element, selfOnly: boolean) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    // Any CSS colour (oklch included) to sRGB bytes and alpha, through the canvas.
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: [number, number, number, number], below: [number, number, number]): [number, number, number] => [
      top[0] * top[3] + below[0] * (1 - top[3]),
      top[1] * top[3] + below[1] * (1 - top[3]),
      top[2] * top[3] + below[2] * (1 - top[3]),
    ];
    const background = (node: Element): [number, number, number] => {
      const layers: [number, number, number, number][] = [];
      for (let n: Element | null = node; n; n = n.parentElement) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let base: [number, number, number] = [255, 255, 255];
      for (const layer of layers.reverse()) base = over(layer, base);
      return base;
    };
    const luminance = ([r, g, b]: [number, number, number]) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const controls = selfOnly ? [el as HTMLElement] : el.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea, summary, [role=button], [role=tab]',
    );
    const out: { text: string; ratio: number; color: string; background: string; large: boolean }[] = [];
    for (const c of controls) {
      const style = getComputedStyle(c);
      const rect = c.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || c.closest('[hidden], .sr-only')) continue;
      // WCAG exempts inactive controls.
      if ((c as HTMLButtonElement).disabled || c.getAttribute('aria-disabled') === 'true') continue;
      const text = (c.innerText || (c as HTMLInputElement).value || c.getAttribute('aria-label') || '').trim();
      if (!text) continue;
      const bg = background(c);
      const fg = over(rgba(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      out.push({ text: text.slice(0, 60), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${bg.map(Math.round).join(', ')})`, large });
    }
    return out;
  }, self);
}

