import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import { StockConnectionProvider } from '@/lib/live/live-updates';
import { createSignalRStockConnection } from '@/lib/live/signalr-stock-connection';
import type { StockConnectionFactory } from '@/lib/live/stock-connection';
import { createQueryClient } from '@/lib/query-client';

function DocumentTitle() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return null;
}

interface AppProviderProps {
  children: ReactNode;
  queryClient?: QueryClient;
  /** How the live stock channel is opened (tests pass a fake). */
  stockConnection?: StockConnectionFactory;
}

export function AppProvider({ children, queryClient, stockConnection = createSignalRStockConnection }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <StockConnectionProvider factory={stockConnection}>
          <DocumentTitle />
          {children}
        </StockConnectionProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
