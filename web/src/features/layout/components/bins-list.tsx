import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useLocations, type Location } from '../api/get-locations';
import { useRetireBin } from '../api/retire-bin';
import { useQuantityFormat } from '@/lib/format';

const PAGE_SIZE = 50;

/** The bins of one warehouse, searchable by code, each with a guarded "Delete". */
export function BinsList({ warehouse }: { warehouse: string }) {
  const { t } = useTranslation();
  const metres = useQuantityFormat();
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useState('');
  const [page, setPage] = useState(1);
  const locations = useLocations({ warehouse, search, page, pageSize: PAGE_SIZE });
  const listProblem = useProblem(locations.error);
  const retire = useRetireBin();
  const retireProblem = useProblem(retire.error);
  const { commandIdFor, settle } = useCommandId();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(draft.trim().toUpperCase());
    setPage(1);
  };

  const retireBin = (bin: Location) => {
    const code = bin.code ?? '';
    setDeleted(null);
    retire.mutate(
      { code, commandId: commandIdFor({ retire: code }) },
      {
        onSettled: (_data, error) => {
          settle(error);
          setConfirming(null);
        },
        onSuccess: () => setDeleted(code),
      },
    );
  };

  const items = locations.data?.items ?? [];
  const total = locations.data?.total ?? 0;

  return (
    <div className="stack">
      <form className="search-form" role="search" onSubmit={submit}>
        <TextField
          label={t('layout.searchBins')}
          name="search"
          type="search"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit">{t('items.searchButton')}</Button>
      </form>
      <ProblemAlert problem={listProblem} />
      <ProblemAlert problem={retireProblem} />
      {deleted ? <Alert tone="success">{t('layout.binDeleted', { code: deleted })}</Alert> : null}
      {locations.isPending ? <Spinner /> : null}
      {locations.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('layout.binsTotal', { count: total })}
          </p>
          {items.length === 0 ? (
            <p>{t('layout.noBins')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={t('layout.binsOf', { code: warehouse })}>
                <thead>
                  <tr>
                    <th scope="col">{t('layout.code')}</th>
                    <th scope="col">{t('layout.place')}</th>
                    <th scope="col">{t('layout.position')}</th>
                    <th scope="col">{t('layout.size')}</th>
                    <th scope="col" className="num">
                      {t('layout.capacity')}
                    </th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((bin) => (
                    <tr key={bin.code}>
                      <td>
                        <code>{bin.code}</code>
                      </td>
                      <td>{[bin.aisle, bin.rack, bin.level].filter((part) => part !== null && part !== undefined).join(' / ')}</td>
                      <td>{[bin.x, bin.y, bin.z].map(metres).join(', ')}</td>
                      <td>{[bin.width, bin.depth, bin.height].map(metres).join(' × ')}</td>
                      <td className="num">{bin.capacityHandlingUnits}</td>
                      <td>
                        <div className="table__actions">
                          {bin.kind !== 'BIN' || bin.retired ? null : confirming === bin.code ? (
                            <>
                              <Button variant="danger" disabled={retire.isPending} onClick={() => retireBin(bin)}>
                                {t('layout.confirmDelete', { code: bin.code })}
                              </Button>
                              <Button onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                            </>
                          ) : (
                            <Button
                              aria-label={`${t('layout.delete')}: ${bin.code ?? ''}`}
                              onClick={() => {
                                retire.reset();
                                setConfirming(bin.code ?? null);
                              }}
                            >
                              {t('layout.delete')}
                            </Button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={page} total={total} pageSize={locations.data.pageSize ?? PAGE_SIZE} onPage={setPage} />
        </>
      ) : null}
    </div>
  );
}
