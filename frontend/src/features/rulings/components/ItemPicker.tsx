import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { listFeedback } from '../../feedback/api/feedback';
import type { RulingForm } from '../logic';

type Picked = RulingForm['items'][number];

/** Picks the plan's items a ruling is on: search with or without diacritics; rejected and merged items are not offered. */
export function ItemPicker({ planId, value, onChange, error }: { planId: number; value: Picked[]; onChange: (items: Picked[]) => void; error?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const found = useAsync((signal) => listFeedback(api, planId, { q: query || undefined, size: 20 }, signal), [api, planId, query]);
  const offered = found.status === 'success' ? found.data.items.filter((f) => f.status !== 'REJECTED' && f.mergedIntoId == null) : [];
  const toggle = (item: Picked, on: boolean) => onChange(on ? [...value, item] : value.filter((i) => i.id !== item.id));

  return (
    <fieldset className="rl-picker" aria-describedby={error ? 'items-error' : undefined}>
      <legend>
        {t('rulings.pickItems')} <span aria-hidden="true">*</span>
      </legend>
      {error ? (
        <p id="items-error" className="field__error">
          {error}
        </p>
      ) : null}
      {value.length > 0 ? (
        <>
          <p>{t('rulings.picked', { count: value.length })}</p>
          <ul>
            {value.map((i) => (
              <li key={i.id}>
                <label className="check">
                  <input type="checkbox" checked onChange={() => toggle(i, false)} />
                  <span>
                    {i.title} <span className="muted" translate="no">{i.trackingCode}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {/* Not a form of its own: it sits inside the ruling's form. Enter searches instead of saving. */}
      <div role="search">
        <Field label={t('rulings.searchItems')} hint={t('rulings.searchHint')}>
          <input
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setQuery(q.trim());
              }
            }}
          />
        </Field>
        <Button variant="secondary" onClick={() => setQuery(q.trim())}>
          {t('accountability.searchButton')}
        </Button>
      </div>
      {found.status === 'loading' ? <Loading /> : null}
      <ul>
        {offered
          .filter((f) => !value.some((v) => v.id === f.id))
          .map((f) => (
            <li key={f.id}>
              <label className="check">
                <input type="checkbox" checked={false} onChange={() => toggle({ id: f.id, title: f.title, trackingCode: f.trackingCode }, true)} />
                <span>
                  {f.title} <span className="muted" translate="no">{f.trackingCode}</span>
                </span>
              </label>
            </li>
          ))}
      </ul>
    </fieldset>
  );
}
