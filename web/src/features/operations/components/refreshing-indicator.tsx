import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerQueryRoots } from '@/lib/query-keys';
import { isRefreshing, useProjections } from '../api/get-projections';

interface RefreshingIndicatorProps {
  /** header: a small badge, and the one place that polls the lag; banner: a line above a stock screen. */
  variant: 'header' | 'banner';
}

/**
 * "Refreshing…" while a read model lags more than 5 s behind the ledger (a
 * rebuild, a burst of movements): figures on screen may be a few seconds old.
 * The status region is always there so screen readers announce the change.
 */
export function RefreshingIndicator({ variant }: RefreshingIndicatorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const projections = useProjections({ poll: variant === 'header' });
  const refreshing = isRefreshing(projections.data);
  const wasRefreshing = useRef(false);

  useEffect(() => {
    // Caught up: read the stock again so nothing shown is from the lagging moments.
    if (variant === 'header' && wasRefreshing.current && !refreshing) {
      void queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.balances });
    }
    wasRefreshing.current = refreshing;
  }, [queryClient, refreshing, variant]);

  return (
    <div role="status" className={`refreshing refreshing--${variant}`} data-testid={`refreshing-${variant}`}>
      {refreshing ? (
        <span className="refreshing__badge" title={t('live.refreshingHint')}>
          <span className="refreshing__dot" aria-hidden="true" />
          {t('live.refreshing')}
          {variant === 'banner' ? <span className="refreshing__hint"> {t('live.refreshingHint')}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
