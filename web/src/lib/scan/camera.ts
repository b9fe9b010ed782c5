/** The part of the Barcode Detection API the camera scanner uses (Chromium on Android has it; jsdom and Firefox do not). */
export interface DetectedBarcode {
  rawValue: string;
}

export interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}

type BarcodeDetectorConstructor = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

function detectorConstructor(): BarcodeDetectorConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** True when this browser can read barcodes from the camera. */
export function canScanWithCamera(): boolean {
  return (
    detectorConstructor() !== undefined &&
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function'
  );
}

export function createBarcodeDetector(): BarcodeDetectorLike | null {
  const Constructor = detectorConstructor();
  if (!Constructor) return null;
  try {
    // GS1-128 (SSCC labels) is Code 128; bins and items are often Code 128, QR or Data Matrix.
    return new Constructor({ formats: ['code_128', 'qr_code', 'data_matrix', 'ean_13', 'code_39'] });
  } catch {
    return new Constructor();
  }
}
