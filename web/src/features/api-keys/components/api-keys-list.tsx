import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useDateFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useApiKeys, type ApiKey } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';

export function ApiKeysList() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const listProblem = useProblem(keys.error);
  const revokeProblem = useProblem(revoke.error);
  const { commandIdFor, settle } = useCommandId();
  const [confirming, setConfirming] = useState<string | null>(null);

  const revokeKey = (key: ApiKey) => {
    revoke.mutate(
      { id: key.id ?? '', commandId: commandIdFor({ revoke: key.id }) },
      {
        onSettled: (_data, error) => {
          settle(error);
          setConfirming(null);
        },
      },
    );
  };

  if (keys.isPending) return <Spinner />;
  if (keys.isError) return <ProblemAlert problem={listProblem} />;

  return (
    <div className="stack">
      <ProblemAlert problem={revokeProblem} />
      {keys.data.length === 0 ? (
        <p>{t('apiKeys.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label={t('apiKeys.title')}>
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.name')}</th>
                <th scope="col">{t('apiKeys.prefix')}</th>
                <th scope="col">{t('apiKeys.roles')}</th>
                <th scope="col">{t('apiKeys.createdAt')}</th>
                <th scope="col">{t('apiKeys.createdBy')}</th>
                <th scope="col">{t('apiKeys.lastUsedAt')}</th>
                <th scope="col">{t('apiKeys.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.prefix}</code>
                  </td>
                  <td>{(key.roles ?? []).map((role) => translateDynamic(t, `roles.${role}`, role)).join(', ')}</td>
                  <td>{formatDate(key.createdAt)}</td>
                  <td>{key.createdBy}</td>
                  <td>{key.lastUsedAt ? formatDate(key.lastUsedAt) : t('common.never')}</td>
                  <td>{key.revokedAt ? t('apiKeys.revoked', { date: formatDate(key.revokedAt) }) : t('apiKeys.active')}</td>
                  <td>
                    <div className="table__actions">
                      {key.revokedAt ? null : confirming === key.id ? (
                        <>
                          <Button variant="danger" disabled={revoke.isPending} onClick={() => revokeKey(key)}>
                            {t('apiKeys.confirmRevoke', { name: key.name })}
                          </Button>
                          <Button onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                        </>
                      ) : (
                        <Button aria-label={`${t('apiKeys.revoke')}: ${key.name}`} onClick={() => setConfirming(key.id ?? null)}>
                          {t('apiKeys.revoke')}
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
    </div>
  );
}
