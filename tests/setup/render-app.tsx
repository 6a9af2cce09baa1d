import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { buildRoutes } from '../../src/app/router';
import { initI18n } from '../../src/i18n/i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { freshDatabaseName, openUnlockedStorage } from './storage';

/**
 * Renders the whole app at `path`, unlocked, with its own QueryClient, i18n instance and database
 * (`databaseName`: one the test has seeded before).
 */
export async function renderApp(
  path: string,
  {
    language = 'fr',
    databaseName = freshDatabaseName(),
  }: { language?: UiLanguage; databaseName?: string } = {},
) {
  const repositories = await openUnlockedStorage(databaseName);
  const i18n = await initI18n(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(buildRoutes(), { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, router, repositories, i18n, queryClient };
}
