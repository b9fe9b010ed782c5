import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useWarehouses } from '../api/get-warehouses';

interface WarehousesListProps {
  selected: string;
  onSelect: (code: string) => void;
}

export function WarehousesList({ selected, onSelect }: WarehousesListProps) {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  const problem = useProblem(warehouses.error);

  if (warehouses.isPending) return <Spinner />;
  if (warehouses.isError) return <ProblemAlert problem={problem} />;
  if (warehouses.data.length === 0) return <p>{t('layout.noWarehouses')}</p>;

  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('layout.warehouses')}>
        <thead>
          <tr>
            <th scope="col">{t('layout.code')}</th>
            <th scope="col">{t('layout.name')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {warehouses.data.map((warehouse) => (
            <tr key={warehouse.code} aria-current={warehouse.code === selected ? 'true' : undefined}>
              <td>
                <code>{warehouse.code}</code>
              </td>
              <td>{warehouse.name}</td>
              <td>
                <div className="table__actions">
                  <Button
                    variant={warehouse.code === selected ? 'primary' : 'secondary'}
                    aria-pressed={warehouse.code === selected}
                    aria-label={t('layout.showBinsOf', { code: warehouse.code })}
                    onClick={() => onSelect(warehouse.code ?? '')}
                  >
                    {t('layout.showBins')}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
