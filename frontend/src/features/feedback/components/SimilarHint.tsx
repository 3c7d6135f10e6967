import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { similarText } from '../api/office';
import type { FeedbackSimilar } from '../api/types';

const DELAY_MS = 600;
const MIN_CHARS = 8;

/** While a title is typed: the plan's items worded alike (asked after a pause), so a duplicate is seen early. */
export function SimilarHint({ planId, text }: { planId: number; text: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [found, setFound] = useState<FeedbackSimilar[]>([]);
  useEffect(() => {
    const typed = text.trim();
    if (typed.length < MIN_CHARS) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      // A hint only: a failure shows nothing rather than an error in the middle of typing.
      similarText(api, planId, typed, controller.signal).then(
        (list) => setFound(list),
        () => setFound([]),
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, planId, text]);
  if (found.length === 0) return null;
  return (
    <div className="fb-similar-hint" role="status">
      <p>{t('feedback.similar.hint')}</p>
      <ul>
        {found.map((s) => (
          <li key={s.item.id}>
            <Link to={`/feedback/${s.item.id}`} target="_blank" rel="noopener">
              {s.item.title}
            </Link>{' '}
            <span className="muted">({t('feedback.similar.score', { score: Math.round(s.score * 100) })})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
