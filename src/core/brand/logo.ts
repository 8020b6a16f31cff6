// A logo's bytes checked and described: PNG by its signature and header, SVG by its root element.
// Pure. A logo is embedded as data (a data: URI in HTML, a media part in the deck), never fetched;
// an SVG is only ever shown through <img> or as a picture, where no script in it runs.

/** Logos are a few kilobytes; embedded in every page and slide master, a large one bloats each report. */
export const MAX_LOGO_BYTES = 512 * 1024;

export interface Logo {
  mediaType: 'image/png' | 'image/svg+xml';
  base64: string;
  /** "data:image/png;base64,…", for an <img src>. */
  dataUri: string;
  /** Width over height, for placing it without distortion (1 when the SVG does not say). */
  aspect: number;
}

export type LogoCheck = { ok: true; logo: Logo } | { ok: false; problem: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: `is ${Math.ceil(bytes.length / 1024)} KiB, over the ${MAX_LOGO_BYTES / 1024} KiB limit for a logo; save a smaller PNG or SVG` };
  if (bytes.length === 0) return { ok: false, problem: 'is empty: expected a PNG or SVG image' };
  const base64 = toBase64(bytes);
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    if (bytes.length < 24) return { ok: false, problem: 'is a truncated PNG file' };
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    if (width === 0 || height === 0) return { ok: false, problem: 'is a PNG with no width or height' };
    return { ok: true, logo: { mediaType: 'image/png', base64, dataUri: `data:image/png;base64,${base64}`, aspect: width / height } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'is not a PNG or SVG image (a JPEG or GIF? save it as PNG)' };
  }
  const root = svgRoot(text);
  if (root === null) return { ok: false, problem: 'is not a PNG or SVG image: an SVG file starts with an <svg> element' };
  return { ok: true, logo: { mediaType: 'image/svg+xml', base64, dataUri: `data:image/svg+xml;base64,${base64}`, aspect: svgAspect(root) } };
}

/** The opening tag of the root <svg> element, after an optional BOM, XML declaration, comments and doctype. */
function svgRoot(text: string): string | null {
  const prolog = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i;
  const rest = text.replace(prolog, '');
  const match = /^<svg\b[^>]*>/i.exec(rest);
  return match === null ? null : match[0];
}

function svgAspect(tag: string): number {
  const number = (name: string) => {
    const m = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)(?:px)?\\s*["']`, 'i').exec(tag);
    return m === null ? null : Number(m[1]);
  };
  const width = number('width');
  const height = number('height');
  if (width !== null && height !== null && width > 0 && height > 0) return width / height;
  const viewBox = /\sviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']/i.exec(tag);
  if (viewBox !== null && Number(viewBox[1]) > 0 && Number(viewBox[2]) > 0) return Number(viewBox[1]) / Number(viewBox[2]);
  return 1;
}

/** Base64 of bytes, without Node's Buffer (the core runs anywhere). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
