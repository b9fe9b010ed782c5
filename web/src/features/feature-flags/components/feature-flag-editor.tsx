import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox, TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { parseList, useDateFormat } from '@/lib/format';
import type { FeatureFlag } from '../api/get-feature-flags';
import { useUpdateFeatureFlag } from '../api/update-feature-flag';
import { FeatureFlagHistory } from './feature-flag-history';
import { flagName } from './flag-name';

const FIELDS = ['enabled', 'rolloutPercentage', 'userWhitelist'] as const;

function parseRollout(text: string): number | undefined {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 0 && value <= 100 ? value : undefined;
}

export function FeatureFlagEditor({ flagKey, flag }: { flagKey: string; flag: FeatureFlag }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const titleId = useId();
  const update = useUpdateFeatureFlag();
  const problem = useProblem(update.error);
  const { commandIdFor, settle } = useCommandId();
  const [enabled, setEnabled] = useState(flag.enabled ?? false);
  const [rollout, setRollout] = useState(String(flag.rolloutPercentage ?? 0));
  const [whitelist, setWhitelist] = useState((flag.userWhitelist ?? []).join('\n'));
  const [rolloutInvalid, setRolloutInvalid] = useState(false);
  const [showHistory, setShowHistory] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const rolloutPercentage = parseRollout(rollout);
    setRolloutInvalid(rolloutPercentage === undefined);
    if (rolloutPercentage === undefined) return;
    const values = { enabled, rolloutPercentage, userWhitelist: parseList(whitelist) };
    update.mutate(
      { key: flagKey, commandId: commandIdFor({ key: flagKey, ...values }), ...values },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (saved) => {
          setEnabled(saved.enabled ?? false);
          setRollout(String(saved.rolloutPercentage ?? 0));
          setWhitelist((saved.userWhitelist ?? []).join('\n'));
        },
      },
    );
  };

  const rolloutErrors = [
    ...(rolloutInvalid ? [t('featureFlags.rolloutInvalid')] : []),
    ...problem.fieldErrors('rolloutPercentage'),
  ];

  return (
    <section className="card flag" aria-labelledby={titleId} data-testid={`flag-${flagKey}`}>
      <h2 className="card__title" id={titleId}>
        {flagName(t, flagKey)} <code className="muted">{flagKey}</code>
      </h2>
      {flag.description ? <p>{flag.description}</p> : null}
      <p className="muted">
        {flag.updatedBy
          ? t('featureFlags.updated', { date: formatDate(flag.updatedAt), user: flag.updatedBy })
          : t('featureFlags.updatedNoUser', { date: formatDate(flag.updatedAt) })}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} fields={FIELDS} />
        {update.isSuccess ? <Alert tone="success">{t('featureFlags.saved', { key: flagKey })}</Alert> : null}
        <Checkbox
          label={t('featureFlags.enabled')}
          name="enabled"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <TextField
          label={t('featureFlags.rollout')}
          name="rolloutPercentage"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={rollout}
          onChange={(event) => setRollout(event.target.value)}
          errors={rolloutErrors}
        />
        <TextAreaField
          label={t('featureFlags.whitelist')}
          name="userWhitelist"
          rows={3}
          value={whitelist}
          onChange={(event) => setWhitelist(event.target.value)}
          errors={problem.fieldErrors('userWhitelist')}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button aria-expanded={showHistory} onClick={() => setShowHistory((shown) => !shown)}>
            {showHistory ? t('featureFlags.hideHistory') : t('featureFlags.showHistory')}
          </Button>
        </div>
      </form>
      {showHistory ? (
        <div className="flag__history">
          <h3>{t('featureFlags.historyTitle', { key: flagKey })}</h3>
          <FeatureFlagHistory flagKey={flagKey} />
        </div>
      ) : null}
    </section>
  );
}
