// How the app shows dates and numbers: dd/mm/yyyy, '.' as thousands separator (vi-VN).
import dayjs from 'dayjs';

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
/** The API's date form. */
export const API_DATE_FORMAT = 'YYYY-MM-DD';

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 'YYYY-MM-DD' or an ISO timestamp → 'DD/MM/YYYY'; empty → '—'. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : String(value);
}

/** An ISO timestamp → 'DD/MM/YYYY HH:mm' in the browser's time zone. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : String(value);
}

/** 1234567.5 → '1.234.567,5'. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}

/** A dayjs value from a date picker → 'YYYY-MM-DD' for the API. */
export const toApiDate = (d: dayjs.Dayjs | null | undefined) => (d ? d.format(API_DATE_FORMAT) : undefined);
