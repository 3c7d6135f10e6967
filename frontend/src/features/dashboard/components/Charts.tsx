import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One bar: its label as read, and the number. */
export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * The table every chart stands beside: the same numbers, for screen readers, for copying, and for anyone who prefers
 * reading to looking. Closed by default on a phone-sized page, it is one tap away ("Xem bảng số liệu").
 */
function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  const { t } = useTranslation();
  return (
    <details className="dash-table">
      <summary>{t('dashboard.showTable')}</summary>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                <th scope="row">{row[0]}</th>
                {row.slice(1).map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * Horizontal bars drawn with CSS (no chart library: a few lines weigh less than any of them and print as they show).
 * The bars are hidden from assistive technology; the table beside them carries the numbers.
 */
export function BarChart({ title, rows, labelHead }: { title: string; rows: Bar[]; labelHead: string }) {
  const { t } = useTranslation();
  const id = useId();
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="dash-chart" aria-labelledby={id}>
      <figcaption id={id} className="dash-chart__title">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.none')}</p>
      ) : (
        <>
          <div className="dash-bars" aria-hidden="true">
            {rows.map((r) => (
              <div className="dash-bar" key={r.key}>
                <span className="dash-bar__label">{r.label}</span>
                <span className="dash-bar__track">
                  <span className="dash-bar__fill" style={{ width: `${(r.value / max) * 100}%` }} />
                </span>
                <span className="dash-bar__value">{r.value.toLocaleString('vi-VN')}</span>
              </div>
            ))}
          </div>
          <DataTable caption={title} head={[labelHead, t('dashboard.count')]} rows={rows.map((r) => [r.label, r.value])} />
        </>
      )}
    </figure>
  );
}

/** Paired columns per month (e.g. rulings issued and resolved), drawn in SVG, hidden from assistive technology. */
export function MonthColumns({
  title,
  months,
  series,
  monthHead,
}: {
  title: string;
  months: { label: string; values: number[] }[];
  series: string[];
  monthHead: string;
}) {
  const id = useId();
  const max = Math.max(1, ...months.flatMap((m) => m.values));
  const step = 100 / Math.max(1, months.length);
  const width = (step * 0.8) / series.length;
  return (
    <figure className="dash-chart" aria-labelledby={id}>
      <figcaption id={id} className="dash-chart__title">
        {title}
      </figcaption>
      <div aria-hidden="true">
        <svg className="dash-columns" viewBox="0 0 100 50" preserveAspectRatio="none" role="presentation" focusable="false">
          {months.map((m, i) =>
            m.values.map((v, s) => {
              const h = (v / max) * 46;
              return (
                <rect
                  key={`${m.label}-${s}`}
                  className={`dash-columns__bar dash-columns__bar--${s}`}
                  x={i * step + step * 0.1 + s * width}
                  y={50 - h}
                  width={width}
                  height={h}
                />
              );
            }),
          )}
        </svg>
        <p className="dash-legend">
          {series.map((s, i) => (
            <span key={s} className={`dash-legend__item dash-legend__item--${i}`}>
              {s}
            </span>
          ))}
          <span className="muted">
            {months.length > 0 ? `${months[0]?.label} – ${months[months.length - 1]?.label}` : ''}
          </span>
        </p>
      </div>
      <DataTable caption={title} head={[monthHead, ...series]} rows={months.map((m) => [m.label, ...m.values])} />
    </figure>
  );
}
