import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { StorageBanners } from '../../src/app/storage-banners';
import { initI18n } from '../../src/i18n/i18n';
import { openUnlockedStorage } from '../setup/storage';

describe('the storage-full banner', () => {
  it('appears, translated, when the device refuses a write for lack of space', async () => {
    await openUnlockedStorage();
    const i18n = await initI18n('en');
    const queryClient = createQueryClient();
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <StorageBanners />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();

    await act(async () => {
      await queryClient
        .getMutationCache()
        .build(queryClient, {
          mutationFn: () =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        })
        .execute(undefined)
        .catch(() => undefined);
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /no room left to save.*nothing saved before is lost/i,
    );
  });
});
