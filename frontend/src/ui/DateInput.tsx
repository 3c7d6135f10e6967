import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateProblem, formatDate, parseDate, withSeparators } from './dates';

type Props = {
  /** ISO (yyyy-MM-dd) or "" for none. */
  value: string;
  /** ISO when the typed text is a day, "" when it is empty or not (yet) a day. */
  onChange: (iso: string) => void;
  id?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  min?: string;
  max?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
  'aria-label'?: string;
};

/**
 * A date typed as dd/MM/yyyy whatever the browser's language, the separators put in while typing, with a calendar
 * button for phones (the system's own picker, whose result is shown here as dd/MM/yyyy). Used inside Field, which
 * gives it the label's id and the hint and error ids; its own error ("not a day") is added to them.
 */
export function DateInput({ value, onChange, id, name, required, disabled, min, max, ...aria }: Props) {
  const { t } = useTranslation();
  const ownId = useId();
  const inputId = id ?? ownId;
  const errorId = `${inputId}-date-error`;
  const [text, setText] = useState(() => formatDate(value));
  const [touched, setTouched] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // A value set from outside (a loaded form, a reset) replaces what is shown, unless it is what the text already says.
  useEffect(() => {
    setText((current) => (parseDate(current) === value || (value === '' && dateProblem(current) !== null) ? current : formatDate(value)));
  }, [value]);

  const problem = touched ? dateProblem(text) : null;
  const outOfRange = !problem && value && ((min && value < min) || (max && value > max)) ? true : false;
  const message = problem
    ? t(`dateInput.${problem}`)
    : outOfRange
      ? min && value < min
        ? t('dateInput.tooEarly', { date: formatDate(min) })
        : t('dateInput.tooLate', { date: formatDate(max) })
      : null;
  const describedBy = [aria['aria-describedby'], message ? errorId : null].filter(Boolean).join(' ') || undefined;

  const type = (raw: string) => {
    const next = withSeparators(raw, text);
    setText(next);
    const iso = parseDate(next);
    if ((iso ?? '') !== value) onChange(iso ?? '');
  };

  const openPicker = () => {
    const el = picker.current;
    if (!el) return;
    try {
      el.showPicker();
    } catch {
      el.click();
    }
  };

  return (
    <span className="date-input">
      <span className="date-input__row">
        <input
          id={inputId}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('dateInput.placeholder')}
          value={text}
          required={required}
          disabled={disabled}
          maxLength={10}
          onChange={(e) => type(e.target.value)}
          onBlur={() => setTouched(true)}
          aria-describedby={describedBy}
          aria-invalid={aria['aria-invalid'] || message ? true : undefined}
          aria-required={aria['aria-required']}
          aria-label={aria['aria-label']}
        />
        <button type="button" className="btn btn--secondary date-input__pick" onClick={openPicker} disabled={disabled} aria-label={t('dateInput.pick')}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2">
            <rect x="3" y="5" width="18" height="16" rx="2" />
            <path d="M3 10h18M8 3v4M16 3v4" />
          </svg>
        </button>
        {/* The system's calendar only: never seen or focused, it hands its day to the field above. */}
        <input
          ref={picker}
          className="date-input__system"
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          min={min}
          max={max}
          onChange={(e) => {
            setText(formatDate(e.target.value));
            setTouched(true);
            onChange(e.target.value);
          }}
        />
      </span>
      {message ? (
        <span className="field__error date-input__error" id={errorId}>
          {message}
        </span>
      ) : null}
    </span>
  );
}
