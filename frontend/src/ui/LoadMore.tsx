import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { ErrorState } from './ErrorState';

interface MoreOf {
  hasMore: boolean;
  busy: boolean;
  moreError: unknown;
  loadMore: () => Promise<void>;
}

/** The end of a list paged by useCursorList: "Xem thêm" while there is a next page, and what went wrong loading it. */
export function LoadMore({ list, label }: { list: MoreOf; label?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {list.moreError ? <ErrorState error={list.moreError} onRetry={() => void list.loadMore()} headingLevel={3} /> : null}
      {list.hasMore ? (
        <div className="actions">
          <Button variant="secondary" disabled={list.busy} onClick={() => void list.loadMore()}>
            {list.busy ? t('common.loading') : (label ?? t('common.loadMore'))}
          </Button>
        </div>
      ) : null}
    </>
  );
}
