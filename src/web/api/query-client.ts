// The app's one QueryClient. Every successful change is also a new line in the audit log, so each
// mutation marks the audit queries stale: a record's "Lịch sử thay đổi" shows an edit at once,
// without a reload, whichever hook made it.
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => client.invalidateQueries({ queryKey: ['audit'] }),
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, err) =>
          !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      },
    },
  });
  return client;
}
