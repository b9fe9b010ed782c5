import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useDateFormat } from '@/lib/format';
import { useSkus } from '../api/get-skus';

const PAGE_SIZE = 20;

/** SKUs with search and paging; the search and page live in the URL. */
export function ItemsList() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [draft, setDraft] = useState(search);
  const skus = useSkus({ search, page, pageSize: PAGE_SIZE });
  const problem = useProblem(skus.error);

  const go = (next: { search?: string; page?: number }) => {
    const nextSearch = next.search ?? search;
    const nextPage = next.page ?? page;
    const nextParams = new URLSearchParams();
    if (nextSearch) nextParams.set('search', nextSearch);
    if (nextPage > 1) nextParams.set('page', String(nextPage));
    setParams(nextParams);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ search: draft.trim(), page: 1 });
  };

  const items = skus.data?.items ?? [];
  const total = skus.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (skus.data?.pageSize ?? PAGE_SIZE)));

  return (
    <div className="stack">
      <form className="search-form" role="search" onSubmit={submit}>
        <TextField
          label={t('items.search')}
          name="search"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit">{t('items.searchButton')}</Button>
      </form>
      <ProblemAlert problem={problem} />
      {skus.isPending ? <Spinner /> : null}
      {skus.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('items.total', { count: total })}
          </p>
          {items.length === 0 ? (
            <p>{t('items.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={t('items.title')}>
                <thead>
                  <tr>
                    <th scope="col">{t('items.code')}</th>
                    <th scope="col">{t('items.name')}</th>
                    <th scope="col">{t('items.unitOfMeasure')}</th>
                    <th scope="col">{t('items.createdAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((sku) => (
                    <tr key={sku.code}>
                      <td>
                        <code>{sku.code}</code>
                      </td>
                      <td>{sku.name}</td>
                      <td>{sku.unitOfMeasure}</td>
                      <td>{formatDate(sku.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav className="pager" aria-label={t('common.pageOf', { page, pages })}>
            <Button disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
              {t('common.previous')}
            </Button>
            <span>{t('common.pageOf', { page, pages })}</span>
            <Button disabled={page >= pages} onClick={() => go({ page: page + 1 })}>
              {t('common.next')}
            </Button>
          </nav>
        </>
      ) : null}
    </div>
  );
}
