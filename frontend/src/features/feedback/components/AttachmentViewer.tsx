import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { fetchFile } from '../../../lib/api/download';
import { attachmentImage } from '../api/feedback';
import type { FeedbackAttachment } from '../api/types';

/** One screen of the viewer: a photo, or one page of a PDF (shown as the server's image of it). */
export interface Slide {
  attachment: FeedbackAttachment;
  /** 1 for a photo; the PDF's page otherwise. */
  page: number;
  pages: number;
}

/** Every photo once and every PDF page by page, in the order the files were sent. */
export function slidesOf(attachments: FeedbackAttachment[], pageCounts: Record<number, number>): Slide[] {
  return attachments.flatMap((attachment) => {
    const pages = attachment.contentType === 'application/pdf' ? Math.max(1, pageCounts[attachment.id] ?? 1) : 1;
    return Array.from({ length: pages }, (_, i) => ({ attachment, page: i + 1, pages }));
  });
}

const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The attachments of an item, full screen on a phone: a photo as sent, a PDF as the server's images of its pages, so
 * no PDF reader is loaded in the browser. A modal dialog: focus stays inside, Escape closes, the arrow keys go to the
 * previous and next, and focus returns to what opened it.
 */
export function AttachmentViewer({
  itemId,
  slides,
  start,
  onClose,
  onDownload,
}: {
  itemId: number;
  slides: Slide[];
  start: number;
  onClose: () => void;
  onDownload: (attachment: FeedbackAttachment) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [index, setIndex] = useState(Math.min(Math.max(0, start), slides.length - 1));
  const [image, setImage] = useState<{ key: string; url: string } | 'failed' | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const slide = slides[index];
  const key = `${slide.attachment.id}:${slide.page}`;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    setImage(null);
    const pending =
      slide.attachment.contentType === 'application/pdf'
        ? attachmentImage(api, itemId, slide.attachment.id, { page: slide.page }, controller.signal).then((r) => r.blob)
        : fetchFile(api, '/api/v1/feedback/{id}/attachments/{attachmentId}', { path: { id: itemId, attachmentId: slide.attachment.id } }, slide.attachment.contentType, controller.signal).then((r) => r.blob);
    pending.then(
      (blob) => {
        url = URL.createObjectURL(blob);
        setImage({ key, url });
      },
      (e: unknown) => {
        if (!(e instanceof DOMException && e.name === 'AbortError')) setImage('failed');
      },
    );
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, itemId, key, slide.attachment.id, slide.attachment.contentType, slide.page]);

  const go = useCallback((step: number) => setIndex((i) => Math.min(Math.max(0, i + step), slides.length - 1)), [slides.length]);

  // Keys are heard by the document while the viewer is open: a button that became disabled (the last page's "Next")
  // has let go of focus, and the keys must still work; focus is then taken back inside.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      } else if (e.key === 'ArrowRight') {
        go(1);
      } else if (e.key === 'ArrowLeft') {
        go(-1);
      } else if (e.key === 'Tab') {
        const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
        if (focusable.length === 0) return;
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        const inside = dialog.contains(document.activeElement);
        if (!inside || (e.shiftKey && document.activeElement === first)) {
          e.preventDefault();
          (e.shiftKey ? last : first).focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [go, onClose]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.contains(document.activeElement)) closeRef.current?.focus();
  }, [index]);

  const name = slide.attachment.fileName;
  const alt = slide.attachment.contentType === 'application/pdf' ? t('viewer.pageAlt', { name, page: slide.page, pages: slide.pages }) : t('viewer.imageAlt', { name });
  return (
    <div className="viewer__backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialogRef} className="viewer" role="dialog" aria-modal="true" aria-labelledby="viewer-title">
        <div className="viewer__bar">
          <h2 id="viewer-title" className="viewer__title">
            {name}
            {slide.pages > 1 ? ` · ${slide.page}/${slide.pages}` : ''}
          </h2>
          <button ref={closeRef} type="button" className="btn btn--secondary" onClick={onClose}>
            {t('viewer.close')}
          </button>
        </div>
        <div className="viewer__stage" aria-live="polite" aria-busy={image === null}>
          {image === null ? <p>{t('viewer.loading')}</p> : null}
          {image === 'failed' ? <p role="alert">{t('viewer.failed')}</p> : null}
          {image !== null && image !== 'failed' && image.key === key ? <img className="viewer__image" src={image.url} alt={alt} /> : null}
        </div>
        <div className="viewer__bar">
          <button type="button" className="btn btn--secondary" onClick={() => go(-1)} disabled={index === 0}>
            {t('viewer.previous')}
          </button>
          <span className="viewer__position">{t('viewer.position', { index: index + 1, total: slides.length })}</span>
          <button type="button" className="btn btn--secondary" onClick={() => go(1)} disabled={index === slides.length - 1}>
            {t('viewer.next')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={() => onDownload(slide.attachment)}>
            {t('viewer.download')}
          </button>
        </div>
      </div>
    </div>
  );
}
