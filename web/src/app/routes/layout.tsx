import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page, Section } from '@/components/ui/page';
import { BinsList } from '@/features/layout/components/bins-list';
import { CheckLocation } from '@/features/layout/components/check-location';
import { CreateBinForm } from '@/features/layout/components/create-bin-form';
import { CreateWarehouseForm } from '@/features/layout/components/create-warehouse-form';
import { GenerateLayoutForm } from '@/features/layout/components/generate-layout-form';
import { ImportBinsForm } from '@/features/layout/components/import-bins-form';
import { LayoutTree } from '@/features/layout/components/layout-tree';
import { WarehousesList } from '@/features/layout/components/warehouses-list';

export function LayoutRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const warehouse = params.get('warehouse') ?? '';
  const select = (code: string) => setParams(code ? { warehouse: code } : {});

  return (
    <Page title={t('layout.title')}>
      <Section title={t('layout.checkLocation')}>
        <CheckLocation />
      </Section>
      <Section title={t('layout.warehouses')}>
        <WarehousesList selected={warehouse} onSelect={select} />
      </Section>
      <Section title={t('layout.tree')}>
        <LayoutTree />
      </Section>
      <div className="columns">
        <Section title={t('layout.newWarehouse')}>
          <CreateWarehouseForm onCreated={select} />
        </Section>
        <Section title={t('layout.generate')}>
          <GenerateLayoutForm onGenerated={select} />
        </Section>
      </div>
      <Section title={warehouse ? t('layout.binsOf', { code: warehouse }) : t('layout.bins')}>
        {/* Keyed by warehouse: search and page start afresh for another warehouse. */}
        {warehouse ? <BinsList key={warehouse} warehouse={warehouse} /> : <p>{t('layout.chooseToSeeBins')}</p>}
      </Section>
      <Section title={warehouse ? t('layout.importBinsInto', { code: warehouse }) : t('layout.importBins')}>
        {/* Keyed by warehouse: a report about one warehouse's file does not stay under another. */}
        {warehouse ? <ImportBinsForm key={warehouse} warehouse={warehouse} /> : <p>{t('layout.importChooseWarehouse')}</p>}
      </Section>
      <Section title={t('layout.newBin')}>
        <CreateBinForm key={warehouse} warehouse={warehouse} />
      </Section>
    </Page>
  );
}
