import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { StrictMode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { CaseOverviewProvider } from '../queries/case-overview-holder';
import { createRouter, type RouterOptions } from './router';

interface AppProps extends RouterOptions {
  i18n: I18n;
  queryClient: QueryClient;
}

export function App({ i18n, queryClient, demoPassphrase, demoColleague }: AppProps) {
  const [router] = useState(() => createRouter({ demoPassphrase, demoColleague }));
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <CaseOverviewProvider>
            <RouterProvider router={router} />
          </CaseOverviewProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
