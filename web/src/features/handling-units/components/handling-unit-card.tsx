import { useTranslation } from 'react-i18next';
import { useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import type { HandlingUnit } from '../api/types';
import { ExpiryDate } from './expiry-date';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  const value = status ?? '';
  return <span className={`badge hu-status hu-status--${value.toLowerCase()}`}>{translateDynamic(t, `hu.statuses.${value}`, value)}</span>;
}

export function useTypeName() {
  const { t } = useTranslation();
  return (type: string | null | undefined) => translateDynamic(t, `hu.types.${type ?? ''}`, type ?? '');
}

/** What an operator needs to see of a scanned unit: its LPN, type, status, bin, expiry date and lines. */
export function HandlingUnitCard({ unit, title }: { unit: HandlingUnit; title?: string }) {
  const { t } = useTranslation();
  const formatQuantity = useQuantityFormat();
  const typeName = useTypeName();
  const lines = unit.lines ?? [];
  return (
    <section className="hu-card" aria-label={title ?? t('hu.card.label', { lpn: unit.lpn })} data-testid="hu-card">
      <p className="hu-card__lpn">
        <span className="muted">{t('hu.card.lpn')}</span> <code>{unit.lpn}</code>
      </p>
      <dl className="facts hu-card__facts">
        <div className="facts__row">
          <dt>{t('hu.card.type')}</dt>
          <dd>{typeName(unit.type)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('hu.card.status')}</dt>
          <dd>
            <StatusBadge status={unit.status} />
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('hu.card.bin')}</dt>
          <dd>
            <code data-testid="hu-bin">{unit.location}</code>
          </dd>
        </div>
        {unit.expiresOn ? (
          <div className="facts__row">
            <dt>{t('hu.card.expiresOn')}</dt>
            <dd>
              <ExpiryDate value={unit.expiresOn} />
            </dd>
          </div>
        ) : null}
      </dl>
      {lines.length === 0 ? (
        <p className="muted">{t('hu.card.empty')}</p>
      ) : (
        <table className="table hu-card__lines" aria-label={t('hu.card.contents')}>
          <thead>
            <tr>
              <th scope="col">{t('hu.card.item')}</th>
              <th scope="col" className="num">
                {t('hu.card.quantity')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.sku}>
                <td>
                  <code>{line.sku}</code>
                </td>
                <td className="num">{formatQuantity(line.quantity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
