import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { StrictMode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { CaseOverviewProvider } from '../queries/case-overview-holder';
import { createRouter } from './router';

interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
  demoPassphrase?: string | undefined;
}

export function App({ i18n, queryClient, demoPassphrase }: AppProps) {
  const [router] = useState(() => createRouter({ demoPassphrase }));
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
