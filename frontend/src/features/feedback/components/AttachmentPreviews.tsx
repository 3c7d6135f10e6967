import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { attachmentImage } from '../api/feedback';
import type { FeedbackAttachment } from '../api/types';
import { AttachmentViewer, slidesOf } from './AttachmentViewer';

type Thumb = { url: string } | 'failed';

/**
 * An item's photos and PDFs as thumbnails that open the viewer, each with its download: staff see the evidence
 * without saving files. Thumbnails are small JPEGs the server makes once; the PDF's count of pages comes with its own.
 */
export function AttachmentPreviews({
  itemId,
  attachments,
  onDownload,
  describe,
}: {
  itemId: number;
  attachments: FeedbackAttachment[];
  onDownload: (attachment: FeedbackAttachment) => void;
  describe: (attachment: FeedbackAttachment) => string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [thumbs, setThumbs] = useState<Record<number, Thumb>>({});
  const [pageCounts, setPageCounts] = useState<Record<number, number>>({});
  const [open, setOpen] = useState<number | null>(null);
  const ids = attachments.map((a) => a.id).join(',');

  useEffect(() => {
    const controller = new AbortController();
    const urls: string[] = [];
    for (const a of attachments) {
      attachmentImage(api, itemId, a.id, 'thumbnail', controller.signal).then(
        (image) => {
          const url = URL.createObjectURL(image.blob);
          urls.push(url);
          setThumbs((all) => ({ ...all, [a.id]: { url } }));
          setPageCounts((all) => ({ ...all, [a.id]: image.pageCount }));
        },
        (e: unknown) => {
          if (!(e instanceof DOMException && e.name === 'AbortError')) setThumbs((all) => ({ ...all, [a.id]: 'failed' }));
        },
      );
    }
    return () => {
      controller.abort();
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
    // The list is the same while its ids are.
  }, [api, itemId, ids]);

  const slides = slidesOf(attachments, pageCounts);
  return (
    <>
      <ul className="thumbs">
        {attachments.map((a) => {
          const thumb = thumbs[a.id];
          return (
            <li key={a.id} className="thumbs__item">
              <button
                type="button"
                className="thumbs__open"
                onClick={() => setOpen(slides.findIndex((s) => s.attachment.id === a.id))}
                aria-label={t('viewer.thumbnail', { name: a.fileName })}
              >
                {thumb && thumb !== 'failed' ? (
                  <img className="thumbs__image" src={thumb.url} alt="" width={160} height={160} />
                ) : (
                  <span className="thumbs__placeholder">{thumb === 'failed' ? t('viewer.noPreview') : t('viewer.loading')}</span>
                )}
              </button>
              <button type="button" className="btn btn--ghost thumbs__download" onClick={() => onDownload(a)}>
                {describe(a)}
              </button>
            </li>
          );
        })}
      </ul>
      {open !== null && open >= 0 ? (
        <AttachmentViewer itemId={itemId} slides={slides} start={open} onClose={() => setOpen(null)} onDownload={onDownload} />
      ) : null}
    </>
  );
}
