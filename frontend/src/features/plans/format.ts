/**
 * Dates as a Vietnamese reader expects them: dd/MM/yyyy, times in Asia/Ho_Chi_Minh whatever the
 * device's zone. Plain dates ("2022-11-25") are calendar days and are never shifted by a zone.
 */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-11-25" → "25/11/2022"; anything else is returned as is. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = DATE_RE.exec(isoDate.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** "2022-11" → "11/2022". */
export function formatMonth(month: string | null | undefined): string {
  if (!month) return '';
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}

/** Date and time parts of an instant, as seen in Asia/Ho_Chi_Minh. */
export function zonedParts(iso: string): { date: string; time: string } | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const WEEKDAYS: Record<string, string[]> = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** Weekday name of a calendar day in the UI language ("thứ Sáu", "Friday"); not left to the device's ICU data. */
export function weekday(isoDate: string, lang: string): string {
  const m = DATE_RE.exec(isoDate.slice(0, 10));
  if (!m) return '';
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return (WEEKDAYS[lang] ?? WEEKDAYS.vi)[day];
}

/** An instant as "08:00, thứ Sáu 25/11/2022" (vi) or "08:00, Friday 25/11/2022" (en), in Hồ Chí Minh time. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const p = zonedParts(iso);
  if (!p) return iso;
  return `${p.time}, ${weekday(p.date, lang)} ${formatDate(p.date)}`;
}

/** Today's calendar day in Asia/Ho_Chi_Minh, "YYYY-MM-DD". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = DATE_RE.exec(from);
  const b = DATE_RE.exec(to);
  if (!a || !b) return NaN;
  const ta = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]));
  const tb = Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  return Math.round((tb - ta) / 86_400_000);
}

/** Local date + time typed in the editor (Vietnam time) → ISO instant with the +07:00 offset. */
export function toVietnamInstant(date: string, time: string): string | null {
  if (!DATE_RE.test(date)) return null;
  const hhmm = /^\d{2}:\d{2}$/.test(time) ? time : '08:00';
  return `${date}T${hhmm}:00+07:00`;
}

/**
 * Whether a public plan's dialogue is still ahead (a citizen can register and send opinions) or has taken place:
 * a published plan whose session day (or planned month, before the day is set) is today or later is upcoming.
 */
export function planTiming(
  plan: { status: string; sessionAt?: string | null; plannedMonth?: string | null },
  now: Date = new Date(),
): 'upcoming' | 'past' {
  if (plan.status !== 'PUBLISHED') return 'past';
  const today = todayInVietnam(now);
  if (plan.sessionAt) {
    const day = zonedParts(plan.sessionAt)?.date;
    return day && day >= today ? 'upcoming' : 'past';
  }
  if (plan.plannedMonth) return plan.plannedMonth >= today.slice(0, 7) ? 'upcoming' : 'past';
  return 'upcoming';
}
