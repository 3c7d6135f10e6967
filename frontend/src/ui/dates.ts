/**
 * Dates as people here write them, dd/MM/yyyy, in both languages: the browser's own date field follows its language
 * (mm/dd/yyyy in an English Chrome), so the same 05/06 would mean two days. The API keeps ISO (yyyy-MM-dd).
 */

/** What someone typed, with the separators put in as they type: "05062026" → "05/06/2026", "5/6" stays. */
export function withSeparators(typed: string, previous = ''): string {
  // Deleting: leave the text as it is, so a separator can be removed.
  if (typed.length < previous.length) return typed;
  // A separator typed right after one put in for the reader counts once.
  const parts = typed.replace(/[.\-\s]/g, '/').replace(/\/{2,}/g, '/').split('/');
  // Digits only so far: cut them into day, month and year.
  if (parts.length === 1) {
    const d = parts[0].replace(/\D/g, '').slice(0, 8);
    if (d.length <= 2) return d.length === 2 ? `${d}/` : d;
    if (d.length <= 4) return `${d.slice(0, 2)}/${d.slice(2)}${d.length === 4 ? '/' : ''}`;
    return `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
  }
  const [day, month = '', ...rest] = parts.map((p) => p.replace(/\D/g, ''));
  const year = rest.join('').slice(0, 4);
  if (parts.length === 2) return `${day.slice(0, 2)}/${month.length === 2 ? `${month}/` : month.slice(0, 2)}`;
  return `${day.slice(0, 2)}/${month.slice(0, 2)}/${year}`;
}

/** The ISO date of dd/MM/yyyy (d/M/yyyy too), or null when it is not a day of the calendar. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** dd/MM/yyyy of an ISO date; "" for none or anything else. */
export function formatDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** Why a typed date cannot be used: 'invalid' (not a day), 'incomplete' (not all typed), or null when fine or empty. */
export function dateProblem(text: string): 'invalid' | 'incomplete' | null {
  if (!text.trim()) return null;
  if (parseDate(text)) return null;
  return /^\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s*$/.test(text) ? 'invalid' : 'incomplete';
}
