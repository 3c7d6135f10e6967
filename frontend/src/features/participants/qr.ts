/**
 * QR decoding for the check-in page. jsQR is imported here only, dynamically, so its code is fetched
 * when someone scans, never with the rest of the app.
 */
type JsQr = typeof import('jsqr').default;

let loading: Promise<JsQr> | null = null;

export function loadJsQr(): Promise<JsQr> {
  loading ??= import('jsqr').then((m) => m.default).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** Reads a QR code from RGBA pixels; null when there is none. */
export async function decodePixels(data: Uint8ClampedArray, width: number, height: number): Promise<string | null> {
  const jsQR = await loadJsQr();
  const code = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' });
  return code?.data ? code.data : null;
}

const MAX_SIDE = 1280;

/** Draws a picture on a white canvas (transparent pixels would read as black), scaled down to MAX_SIDE. */
export function drawToCanvas(
  source: CanvasImageSource,
  width: number,
  height: number,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): ImageData | null {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(source, 0, 0, w, h);
  return ctx.getImageData(0, 0, w, h);
}

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('image'));
    };
    img.src = url;
  });
}

/** The text of the QR code in a photo or picture file, or null when none is found. */
export async function decodeImageFile(file: Blob): Promise<string | null> {
  const [img] = await Promise.all([loadImage(file), loadJsQr()]);
  const pixels = drawToCanvas(img, img.naturalWidth || img.width, img.naturalHeight || img.height);
  if (!pixels) return null;
  return decodePixels(pixels.data, pixels.width, pixels.height);
}
