import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ScanField, type ScanFieldHandle } from '@/components/ui/scan-field';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { formatLocalStamp, useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useLookupHandlingUnit } from '../api/get-handling-unit';
import { useHandlingUnitHistory } from '../api/get-handling-unit-history';
import type { HandlingUnit } from '../api/types';
import { HandlingUnitCard, StatusBadge } from './handling-unit-card';
import { HandlingUnitLabelPanel } from './handling-unit-label';

interface HandlingUnitDetailProps {
  /** The unit shown (from the address), or empty until one is scanned. */
  lpn: string;
  /** Called with the LPN of a scanned unit (the page puts it in the address). */
  onOpen: (lpn: string) => void;
  /** More about the shown unit from other features (its labels), composed by the page. */
  extras?: (unit: HandlingUnit) => ReactNode;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/** An event's details ({ sku, quantity, from }) as "sku: X · quantity: 5 · from: BIN". */
function details(value: unknown): string {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return text(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${key}: ${text(entry)}`)
    .join(' · ');
}

/** One unit: contents, status and bin, its events and every movement into or out of it. */
export function HandlingUnitDetail({ lpn, onOpen, extras }: HandlingUnitDetailProps) {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const lookup = useLookupHandlingUnit();
  const history = useHandlingUnitHistory(lpn);
  const problem = useProblem(history.error);
  const formatQuantity = useQuantityFormat();

  const unit = history.data?.unit;
  const events = history.data?.events ?? [];
  const movements = history.data?.movements ?? [];

  return (
    <div className="task">
      <ScanField
        ref={scan}
        label={t('hu.scan.unit')}
        accept={['hu']}
        onScan={async (scanned) => {
          if (scanned.kind !== 'hu') return undefined;
          const found = await lookup(scanned.lpn);
          onOpen(found.lpn ?? scanned.lpn);
          return t('hu.scan.unitFound', { lpn: found.lpn });
        }}
      />
      <ProblemAlert problem={problem} />
      {lpn && history.isPending ? <Spinner /> : null}
      {unit ? (
        <>
          <HandlingUnitCard unit={unit} />
          {unit.status === 'SEALED' ? <HandlingUnitLabelPanel lpn={unit.lpn ?? lpn} onDone={() => scan.current?.focus()} /> : null}
          {extras?.(unit)}
          <h2 className="card__title">{t('hu.detail.events')}</h2>
          {events.length === 0 ? (
            <p className="muted">{t('hu.detail.noEvents')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={t('hu.detail.events')}>
                <thead>
                  <tr>
                    <th scope="col">{t('hu.detail.when')}</th>
                    <th scope="col">{t('hu.detail.event')}</th>
                    <th scope="col">{t('hu.card.status')}</th>
                    <th scope="col">{t('hu.card.bin')}</th>
                    <th scope="col">{t('hu.detail.operator')}</th>
                    <th scope="col">{t('hu.detail.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((event) => (
                    <tr key={event.sequence}>
                      <td className="nowrap">{formatLocalStamp(event.occurredAt)}</td>
                      <td>{translateDynamic(t, `hu.events.${event.event ?? ''}`, event.event ?? '')}</td>
                      <td>
                        <StatusBadge status={event.status} />
                      </td>
                      <td>
                        <code>{event.location}</code>
                      </td>
                      <td>{event.operator}</td>
                      <td>{details(event.details)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2 className="card__title">{t('hu.detail.movements')}</h2>
          {movements.length === 0 ? (
            <p className="muted">{t('hu.detail.noMovements')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={t('hu.detail.movements')}>
                <thead>
                  <tr>
                    <th scope="col">{t('hu.detail.when')}</th>
                    <th scope="col">{t('hu.card.item')}</th>
                    <th scope="col" className="num">
                      {t('hu.card.quantity')}
                    </th>
                    <th scope="col">{t('hu.detail.fromTo')}</th>
                    <th scope="col">{t('hu.detail.type')}</th>
                    <th scope="col">{t('hu.detail.operator')}</th>
                  </tr>
                </thead>
                <tbody>
                  {movements.map((movement) => (
                    <tr key={movement.movementId}>
                      <td className="nowrap">{formatLocalStamp(movement.occurredAt)}</td>
                      <td>
                        <code>{movement.sku}</code>
                      </td>
                      <td className="num">{formatQuantity(movement.quantity)}</td>
                      <td className="nowrap">
                        {movement.fromLocation} → {movement.toLocation}
                      </td>
                      <td>{translateDynamic(t, `movements.types.${movement.movementType ?? ''}`, movement.movementType ?? '')}</td>
                      <td>{movement.operator}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
