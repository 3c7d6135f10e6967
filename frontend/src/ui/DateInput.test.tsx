import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../lib/i18n';
import { DateInput } from './DateInput';
import { Field } from './Field';
import { dateProblem, formatDate, parseDate, withSeparators } from './dates';

describe('dates as dd/MM/yyyy', () => {
  it('reads a typed day into ISO, and nothing that is not a day', () => {
    expect(parseDate('23/12/2026')).toBe('2026-12-23');
    expect(parseDate('5/6/2026')).toBe('2026-06-05');
    expect(parseDate('05.06.2026')).toBe('2026-06-05');
    expect(parseDate('29/02/2028')).toBe('2028-02-29');
    expect(parseDate('29/02/2026')).toBeNull();
    expect(parseDate('31/04/2026')).toBeNull();
    expect(parseDate('12/13/2026')).toBeNull();
    expect(parseDate('00/01/2026')).toBeNull();
    expect(parseDate('2026-12-23')).toBeNull();
    expect(parseDate('23/12/26')).toBeNull();
  });

  it('writes ISO as dd/MM/yyyy and leaves anything else empty', () => {
    expect(formatDate('2026-06-05')).toBe('05/06/2026');
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate('05/06/2026')).toBe('');
  });

  it('puts the separators in while typing, and lets them be deleted', () => {
    expect(withSeparators('2')).toBe('2');
    expect(withSeparators('23')).toBe('23/');
    expect(withSeparators('2312')).toBe('23/12/');
    expect(withSeparators('23122026')).toBe('23/12/2026');
    expect(withSeparators('231220269')).toBe('23/12/2026');
    expect(withSeparators('23/1')).toBe('23/1');
    expect(withSeparators('23/12', '23/1')).toBe('23/12/');
    expect(withSeparators('5/6/2026')).toBe('5/6/2026');
    expect(withSeparators('23-12-2026')).toBe('23/12/2026');
    expect(withSeparators('23/', '23/1')).toBe('23/');
    // Typing the separators too, over the ones put in: each counts once.
    let text = '';
    for (const c of '01/03/2026') text = withSeparators(text + c, text);
    expect(text).toBe('01/03/2026');
  });

  it('tells an unfinished date from one that is not a day', () => {
    expect(dateProblem('')).toBeNull();
    expect(dateProblem('23/12/2026')).toBeNull();
    expect(dateProblem('23/12/20')).toBe('incomplete');
    expect(dateProblem('31/02/2026')).toBe('invalid');
  });
});

function Form({ initial = '', min }: { initial?: string; min?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <form>
      <Field label="Ngày họp" hint="Ngày diễn ra">
        <DateInput value={value} onChange={setValue} min={min} />
      </Field>
      <output data-testid="iso">{value}</output>
    </form>
  );
}

describe('DateInput', () => {
  it.each(['vi', 'en'])('takes dd/MM/yyyy typed in %s and hands on ISO', async (lang) => {
    await setLanguage(lang as 'vi' | 'en');
    const user = userEvent.setup();
    render(<Form />);
    const input = screen.getByLabelText('Ngày họp');
    expect(input).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await user.type(input, '05062026');
    expect(input).toHaveValue('05/06/2026');
    expect(screen.getByTestId('iso')).toHaveTextContent('2026-06-05');
    await user.tab();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows a loaded ISO value as dd/MM/yyyy', () => {
    render(<Form initial="2026-12-23" />);
    expect(screen.getByLabelText('Ngày họp')).toHaveValue('23/12/2026');
  });

  it('says what is wrong in the user language, tied to the field, and hands on nothing', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-12-23" />);
    const input = screen.getByLabelText('Ngày họp');
    await user.clear(input);
    await user.type(input, '31022026');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('iso')).toHaveTextContent('');
    const error = screen.getByText('Ngày này không có trên lịch.');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(input).toHaveAccessibleDescription(/Ngày diễn ra.*Ngày này không có trên lịch/);
  });

  it('says an unfinished date is one in English too', async () => {
    await setLanguage('en');
    const user = userEvent.setup();
    render(<Form />);
    const input = screen.getByLabelText('Ngày họp');
    await user.type(input, '3/2');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Type the date as day/month/year, e.g. 23/12/2026.')).toBeInTheDocument();
  });

  it('says when a day is before the first allowed', async () => {
    const user = userEvent.setup();
    render(<Form min="2026-12-01" />);
    await user.type(screen.getByLabelText('Ngày họp'), '30112026');
    await user.tab();
    expect(screen.getByText('Phải từ ngày 01/12/2026 trở đi.')).toBeInTheDocument();
  });

  it('offers a labelled calendar button; the system field behind it is hidden from everyone', () => {
    render(<Form />);
    expect(screen.getByRole('button', { name: 'Chọn ngày trên lịch' })).toBeInTheDocument();
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });
});
