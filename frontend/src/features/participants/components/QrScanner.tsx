import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { decodePixels, drawToCanvas, loadJsQr } from '../qr';

/** Same code again within this time is the same person still in front of the camera. */
const REPEAT_MS = 4000;
const FRAME_MS = 250;

/**
 * The back camera, read a few times a second; each new code goes to `onCode`. The camera keeps running for
 * the next person until "Tắt camera" or leaving the page.
 */
export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const lastRef = useRef<{ text: string; at: number } | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);

  const stop = () => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setOn(false);
  };

  const start = async () => {
    setFailed(false);
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
      const [stream] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
        loadJsQr(),
      ]);
      streamRef.current = stream;
      setOn(true);
    } catch {
      setFailed(true);
      stop();
    }
  };

  // Attach the stream once the <video> is on the page, then read frames while it runs.
  useEffect(() => {
    if (!on) return;
    const video = videoRef.current;
    const stream = streamRef.current;
    if (!video || !stream) return;
    video.srcObject = stream;
    void video.play().catch(() => {});
    let busy = false;
    const timer = window.setInterval(() => {
      if (busy || document.hidden || video.readyState < 2 || !video.videoWidth) return;
      busy = true;
      canvasRef.current ??= document.createElement('canvas');
      const pixels = drawToCanvas(video, video.videoWidth, video.videoHeight, canvasRef.current);
      const done = () => {
        busy = false;
      };
      if (!pixels) return done();
      decodePixels(pixels.data, pixels.width, pixels.height).then((text) => {
        done();
        if (!text) return;
        const now = Date.now();
        const last = lastRef.current;
        if (last && last.text === text && now - last.at < REPEAT_MS) return;
        lastRef.current = { text, at: now };
        onCodeRef.current(text);
      }, done);
    }, FRAME_MS);
    return () => {
      window.clearInterval(timer);
      video.srcObject = null;
    };
  }, [on]);

  useEffect(() => () => streamRef.current?.getTracks().forEach((track) => track.stop()), []);

  return (
    <div className="scanner">
      {on ? (
        <>
          <video ref={videoRef} className="scanner__video" muted playsInline aria-label={t('checkIn.videoLabel')} />
          <Button variant="secondary" onClick={stop}>
            {t('checkIn.stopCamera')}
          </Button>
        </>
      ) : (
        <Button onClick={() => void start()} className="btn--big">
          {t('checkIn.startCamera')}
        </Button>
      )}
      <p className="field__hint">{t('checkIn.cameraHint')}</p>
      {failed ? (
        <p className="field__error" role="alert">
          {t('checkIn.cameraError')}
        </p>
      ) : null}
    </div>
  );
}
