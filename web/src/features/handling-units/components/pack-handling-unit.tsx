import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ScanField, type ScanFieldHandle } from '@/components/ui/scan-field';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { parseQuantity, todayLocalDate, useQuantityFormat } from '@/lib/format';
import { useAddHandlingUnitLine } from '../api/add-handling-unit-line';
import { useHandlingUnit, useLookupHandlingUnit } from '../api/get-handling-unit';
import { useRemoveHandlingUnitLine } from '../api/remove-handling-unit-line';
import { useSealHandlingUnit } from '../api/seal-handling-unit';
import { HandlingUnitCard } from './handling-unit-card';

const FIELDS = ['sku', 'quantity', 'expiresOn'] as const;

/**
 * Pack: scan a unit, then scan an item and put a quantity of it in (from loose stock in the unit's bin) or take it
 * out (back to loose stock); seal the unit when it is full.
 */
export function PackHandlingUnit() {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const [lpn, setLpn] = useState('');
  const unit = useHandlingUnit(lpn);
  const lookup = useLookupHandlingUnit();
  const add = useAddHandlingUnitLine();
  const remove = useRemoveHandlingUnitLine();
  const seal = useSealHandlingUnit();
  const error = add.error ?? remove.error ?? seal.error ?? unit.error;
  const problem = useProblem(error);
  const { commandIdFor, settle } = useCommandId();
  const formatQuantity = useQuantityFormat();
  const [sku, setSku] = useState('');
  const [quantity, setQuantity] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const pending = add.isPending || remove.isPending || seal.isPending;

  const resetWrites = () => {
    add.reset();
    remove.reset();
    seal.reset();
  };

  const after = (message: string) => ({
    onSettled: (_data: unknown, failure: unknown) => {
      settle(failure);
      scan.current?.focus();
    },
    onSuccess: () => {
      setDone(message);
      setSku('');
      setQuantity('');
      setExpiresOn('');
      scan.current?.signal('ok');
    },
    onError: () => scan.current?.signal('error'),
  });

  const submitLine = (direction: 'add' | 'remove') => (event?: FormEvent) => {
    event?.preventDefault();
    resetWrites();
    setDone(null);
    const parsed = parseQuantity(quantity);
    const body = { lpn, sku, quantity: Number.isFinite(parsed) ? parsed : 0 };
    const amount = formatQuantity(body.quantity);
    if (direction === 'add') {
      // The expiry date belongs to the lot put in; what is taken out has none.
      const lot = expiresOn ? { ...body, expiresOn } : body;
      add.mutate({ ...lot, commandId: commandIdFor({ direction, ...lot }) }, after(t('hu.pack.added', { quantity: amount, sku, lpn })));
    } else {
      remove.mutate({ ...body, commandId: commandIdFor({ direction, ...body }) }, after(t('hu.pack.removed', { quantity: amount, sku, lpn })));
    }
  };

  const sealUnit = () => {
    resetWrites();
    setDone(null);
    const body = { lpn, action: 'seal' };
    seal.mutate({ lpn, commandId: commandIdFor(body) }, after(t('hu.pack.sealed', { lpn })));
  };

  return (
    <div className="task">
      <ProblemAlert problem={problem} fields={FIELDS} />
      {done ? (
        <Alert tone="success">
          <span className="task__success">{done}</span>
        </Alert>
      ) : null}
      <ScanField
        ref={scan}
        label={lpn ? t('hu.pack.scanItem') : t('hu.scan.unit')}
        hint={lpn ? t('hu.pack.scanItemHint') : undefined}
        accept={lpn ? ['hu', 'item'] : ['hu']}
        onScan={async (scanned) => {
          resetWrites();
          setDone(null);
          if (scanned.kind === 'hu') {
            await lookup(scanned.lpn);
            setLpn(scanned.lpn);
            setSku('');
            return t('hu.scan.unitFound', { lpn: scanned.lpn });
          }
          if (scanned.kind === 'item') {
            setSku(scanned.code);
            return t('hu.pack.itemChosen', { sku: scanned.code });
          }
          return undefined;
        }}
      />
      {unit.data ? <HandlingUnitCard unit={unit.data} /> : null}
      {unit.data && sku ? (
        <form className="form" onSubmit={submitLine('add')} noValidate aria-label={t('hu.pack.lineForm', { sku })}>
          <p>
            {t('hu.card.item')}: <code>{sku}</code>
          </p>
          <TextField
            label={t('hu.card.quantity')}
            name="quantity"
            inputMode="decimal"
            autoComplete="off"
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            errors={problem.fieldErrors('quantity')}
          />
          <TextField
            label={t('hu.pack.expiresOn')}
            name="expiresOn"
            type="date"
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.target.value)}
            errors={problem.fieldErrors('expiresOn')}
            hint={expiresOn && expiresOn < todayLocalDate() ? <span className="text-warning">{t('hu.expiry.alreadyExpired')}</span> : undefined}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" className="button--large" disabled={pending}>
              {t('hu.pack.add')}
            </Button>
            <Button onClick={() => submitLine('remove')()} disabled={pending}>
              {t('hu.pack.remove')}
            </Button>
          </div>
        </form>
      ) : null}
      {unit.data ? (
        <div className="form__actions">
          <Button variant="primary" onClick={sealUnit} disabled={pending || unit.data.status !== 'OPEN'}>
            {t('hu.pack.seal')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
