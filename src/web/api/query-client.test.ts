import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';

describe('the query client', () => {
  it('marks the audit log stale after any successful change', async () => {
    const client = createQueryClient();
    client.setQueryData(['audit', { entity: 'task', entityId: 'x' }], { items: [], total: 0 });
    client.setQueryData(['tasks', 'one', 'x'], { id: 'x' });
    await new MutationObserver(client, { mutationFn: async () => 'saved' }).mutate();
    expect(client.getQueryState(['audit', { entity: 'task', entityId: 'x' }])?.isInvalidated).toBe(true);
    // nothing else is touched by this rule
    expect(client.getQueryState(['tasks', 'one', 'x'])?.isInvalidated).toBe(false);
  });

  it('leaves it alone when the change failed', async () => {
    const client = createQueryClient();
    client.setQueryData(['audit', {}], { items: [], total: 0 });
    await new MutationObserver(client, {
      mutationFn: async () => {
        throw new Error('refused');
      },
    })
      .mutate()
      .catch(() => undefined);
    expect(client.getQueryState(['audit', {}])?.isInvalidated).toBe(false);
  });
});
