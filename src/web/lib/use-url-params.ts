// List pages keep their filters, sort and page in the address, so a list can be bookmarked,
// shared and restored with the back button.
import { useSearchParams } from 'react-router';

export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  /** Sets (or, with an empty value, removes) several parameters in one history entry. */
  const setParam = (changes: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  /** A filter change starts again from the first page. */
  const setFilter = (k: string, v: string | undefined) => setParam({ [k]: v, page: undefined });
  return { params, setParam, setFilter };
}
