import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBarcodeDetector } from '@/lib/scan/camera';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';

interface CameraScannerProps {
  onDetected: (text: string) => void;
  onClose: () => void;
}

/** Reads one barcode from the back camera (BarcodeDetector), then stops the camera. */
export function CameraScanner({ onDetected, onClose }: CameraScannerProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const detected = useRef(onDetected);
  useEffect(() => {
    detected.current = onDetected;
  }, [onDetected]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = createBarcodeDetector();

    const look = async () => {
      if (stopped || !detector || !video.current) return;
      try {
        const [first] = await detector.detect(video.current);
        if (first?.rawValue && !stopped) {
          stopped = true;
          detected.current(first.rawValue);
          return;
        }
      } catch {
        // Not enough video yet; look again.
      }
      timer = setTimeout(() => void look(), 250);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped) return;
        if (video.current) {
          video.current.srcObject = media;
          await video.current.play().catch(() => undefined);
        }
        void look();
      })
      .catch(() => setFailed(true));

    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <Dialog title={t('scan.cameraTitle')} onClose={onClose}>
      {failed ? <Alert>{t('scan.cameraFailed')}</Alert> : <p className="muted">{t('scan.cameraHint')}</p>}
      <video ref={video} className="camera-scanner__video" muted playsInline aria-label={t('scan.cameraTitle')} />
      <div className="form__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </Dialog>
  );
}
