import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { formatDate } from '../../plans/format';
import { carryOver, carryOverCandidates } from '../api/rulings';
import { TypeBadge } from './RulingBits';

/** The office carries unfinished rulings of earlier dialogues into this (still open) plan as items raised before. */
export function CarryOverPicker({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const candidates = useAsync((signal) => (open ? carryOverCandidates(api, planId, signal) : Promise.resolve([])), [api, planId, open]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const carried = await carryOver(api, planId, chosen);
      setDone(carried.length);
      setChosen([]);
      candidates.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <p>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('rulings.carry.open')}
        </Button>
      </p>
    );
  }
  return (
    <section className="rl-picker" aria-labelledby="carry-title">
      <h2 id="carry-title">{t('rulings.carry.title')}</h2>
      <p className="muted">{t('rulings.carry.hint')}</p>
      {done != null ? (
        <Alert tone="success" live="polite">
          {t('rulings.carry.done', { count: done })}
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {candidates.status === 'loading' ? <Loading /> : null}
      {candidates.status === 'error' ? <ErrorState error={candidates.error} onRetry={candidates.reload} headingLevel={3} /> : null}
      {candidates.status === 'success' && candidates.data.length === 0 ? <p>{t('rulings.carry.none')}</p> : null}
      {candidates.status === 'success' && candidates.data.length > 0 ? (
        <ul>
          {candidates.data.map((c) => (
            <li key={c.rulingId}>
              <label className="check">
                <input
                  type="checkbox"
                  disabled={c.carried}
                  checked={chosen.includes(c.rulingId)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, c.rulingId] : chosen.filter((id) => id !== c.rulingId))}
                />
                <span>
                  <strong>
                    {t('rulings.number', { number: c.number })} · {c.planNumber ?? c.planTitle}
                  </strong>{' '}
                  <TypeBadge type={c.type} /> {c.itemTitles.join('; ')}
                  <span className="muted">
                    {' '}
                    · {t(`rulings.followUp.${c.followUp}`)} · {c.progressPercent}%{c.dueDate ? ` · ${t('rulings.dueDate', { date: formatDate(c.dueDate) })}` : ''}
                    {c.carried ? ` · ${t('rulings.carry.carried')}` : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <Button disabled={busy || chosen.length === 0} onClick={() => void submit()}>
          {t('rulings.carry.submit', { count: chosen.length })}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('rulings.cancel')}
        </Button>
      </div>
    </section>
  );
}
