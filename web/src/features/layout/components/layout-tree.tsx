import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useQuantityFormat } from '@/lib/format';
import { UNASSIGNED, useLayoutTree, type AisleNode, type RackNode } from '../api/get-layout-tree';
import { useLocations } from '../api/get-locations';
import { useWarehouses } from '../api/get-warehouses';

// A rack holds a few dozen bins; the rare bigger one says how many it left out.
const RACK_PAGE_SIZE = 200;

/** Warehouses → aisles → racks → bins. A warehouse's tree and a rack's bins are fetched only when opened. */
export function LayoutTree() {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  const problem = useProblem(warehouses.error);

  if (warehouses.isPending) return <Spinner />;
  if (warehouses.isError) return <ProblemAlert problem={problem} />;
  if (warehouses.data.length === 0) return <p>{t('layout.noWarehouses')}</p>;

  return (
    <ul className="tree" aria-label={t('layout.tree')}>
      {warehouses.data.map((warehouse) => (
        <Branch key={warehouse.code} label={`${warehouse.code ?? ''} — ${warehouse.name ?? ''}`}>
          <WarehouseAisles warehouse={warehouse.code ?? ''} />
        </Branch>
      ))}
    </ul>
  );
}

/** A disclosure button and, only while it is open, its content: closed branches fetch nothing. */
function Branch({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="tree__item">
      <Button variant="ghost" className="tree__toggle" aria-expanded={open} onClick={() => setOpen((current) => !current)}>
        <span className="tree__marker" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {label}
      </Button>
      {open ? children : null}
    </li>
  );
}

function WarehouseAisles({ warehouse }: { warehouse: string }) {
  const { t } = useTranslation();
  const tree = useLayoutTree(warehouse);
  const problem = useProblem(tree.error);

  if (tree.isPending) return <Spinner />;
  if (tree.isError) return <ProblemAlert problem={problem} />;
  const aisles = tree.data.aisles ?? [];
  if (aisles.length === 0) return <p className="tree__note">{t('layout.noBins')}</p>;

  return (
    <ul className="tree__group">
      {aisles.map((aisle) => (
        <Branch key={aisle.aisle} label={aisleLabel(t, aisle)}>
          <ul className="tree__group">
            {(aisle.racks ?? []).map((rack) => (
              <Branch key={rack.rack} label={rackLabel(t, rack)}>
                <RackBins warehouse={warehouse} aisle={aisle.aisle ?? UNASSIGNED} rack={rack.rack ?? UNASSIGNED} />
              </Branch>
            ))}
          </ul>
        </Branch>
      ))}
    </ul>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function aisleLabel(t: Translate, { aisle, bins }: AisleNode): string {
  const count = bins ?? 0;
  return aisle === UNASSIGNED ? t('layout.treeNoAisle', { count }) : t('layout.treeAisle', { aisle, count });
}

function rackLabel(t: Translate, { rack, bins, levels }: RackNode): string {
  const values = { count: bins ?? 0, levels: levels ?? 0 };
  return rack === UNASSIGNED ? t('layout.treeNoRack', values) : t('layout.treeRack', { rack, ...values });
}

function RackBins({ warehouse, aisle, rack }: { warehouse: string; aisle: string; rack: string }) {
  const { t } = useTranslation();
  const metres = useQuantityFormat();
  const bins = useLocations({ warehouse, aisle, rack, search: '', page: 1, pageSize: RACK_PAGE_SIZE });
  const problem = useProblem(bins.error);

  if (bins.isPending) return <Spinner />;
  if (bins.isError) return <ProblemAlert problem={problem} />;
  const items = bins.data.items ?? [];
  const total = bins.data.total ?? items.length;
  if (items.length === 0) return <p className="tree__note">{t('layout.noBins')}</p>;

  return (
    <>
      <ul className="tree__group">
        {items.map((bin) => (
          <li key={bin.code} className="tree__leaf">
            <code>{bin.code}</code>{' '}
            <span className="muted">
              {t('layout.treeBin', {
                level: bin.level ?? '—',
                position: [bin.x, bin.y, bin.z].map(metres).join(', '),
                size: [bin.width, bin.depth, bin.height].map(metres).join(' × '),
                capacity: bin.capacityHandlingUnits ?? '—',
              })}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="tree__note">{t('layout.treeMoreBins', { shown: items.length, total })}</p> : null}
    </>
  );
}
