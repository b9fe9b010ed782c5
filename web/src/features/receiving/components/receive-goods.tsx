import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ScanField, type ScanFieldHandle } from '@/components/ui/scan-field';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { parseQuantity, todayLocalDate, useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useReceiveGoods } from '../api/receive-goods';
import { RECEIPT_UNIT_TYPES, type Receipt } from '../api/types';

const FIELDS = ['location', 'lines', 'type', 'supplier', 'deliveryReference'] as const;

interface Line {
  sku: string;
  quantity: string;
  /** The lot's expiry date as a date input gives it ("YYYY-MM-DD"), or empty when it has none. */
  expiresOn: string;
}

/**
 * Receive goods: scan the bin, scan each item (a second scan of the same item adds one), adjust the quantities and
 * give the expiry dates of lots that have one (FEFO allocation takes the earliest first), confirm. The server creates a handling unit, books the lines from SUPPLIER, seals it and queues its label.
 */
export function ReceiveGoods() {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const receive = useReceiveGoods();
  const problem = useProblem(receive.error);
  const { commandIdFor, settle } = useCommandId();
  const formatQuantity = useQuantityFormat();
  const [bin, setBin] = useState('');
  const [lines, setLines] = useState<Line[]>([]);
  const [type, setType] = useState('PALLET');
  const [supplier, setSupplier] = useState('');
  const [reference, setReference] = useState('');
  const [received, setReceived] = useState<Receipt | null>(null);

  const setLine = (sku: string, change: Partial<Line>) =>
    setLines((current) => current.map((line) => (line.sku === sku ? { ...line, ...change } : line)));
  const setQuantity = (sku: string, quantity: string) => setLine(sku, { quantity });
  const today = todayLocalDate();

  const confirm = () => {
    const body = {
      location: bin,
      type,
      lines: lines.map((line) => {
        const quantity = parseQuantity(line.quantity);
        return {
          sku: line.sku,
          quantity: Number.isFinite(quantity) ? quantity : 0,
          ...(line.expiresOn ? { expiresOn: line.expiresOn } : {}),
        };
      }),
      supplier: supplier.trim() || null,
      deliveryReference: reference.trim().toUpperCase() || null,
    };
    receive.mutate(
      { ...body, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => {
          settle(error);
          scan.current?.focus();
        },
        onSuccess: (receipt) => {
          setReceived(receipt);
          setBin('');
          setLines([]);
          setSupplier('');
          setReference('');
          scan.current?.signal('ok');
        },
        onError: () => scan.current?.signal('error'),
      },
    );
  };

  const differences = received?.differences ?? [];

  return (
    <div className="task">
      <ProblemAlert problem={problem} fields={FIELDS} />
      {received ? (
        <Alert tone="success">
          <span className="task__success">
            {t('receiving.received', { lpn: received.lpn, bin: received.location })}{' '}
            {translateDynamic(t, `receiving.statuses.${received.status ?? ''}`, received.status ?? '')}
          </span>
        </Alert>
      ) : null}
      {received && differences.length > 0 ? (
        <Alert
          tone="info"
          details={differences.map((difference) =>
            t('receiving.difference', {
              sku: difference.sku,
              expected: formatQuantity(difference.expected),
              received: formatQuantity(difference.received),
            }),
          )}
        >
          {t('receiving.differences', { reference: received.deliveryReference })}
        </Alert>
      ) : null}
      <ScanField
        ref={scan}
        label={bin ? t('receiving.scanItem') : t('receiving.scanBin')}
        hint={bin ? t('receiving.scanItemHint') : undefined}
        accept={bin ? ['item', 'bin'] : ['bin']}
        onScan={(scanned) => {
          receive.reset();
          setReceived(null);
          if (scanned.kind === 'bin') {
            setBin(scanned.code);
            return t('receiving.binChosen', { bin: scanned.code });
          }
          if (scanned.kind !== 'item') return undefined;
          const existing = lines.find((line) => line.sku === scanned.code);
          if (existing) {
            const quantity = parseQuantity(existing.quantity);
            setQuantity(scanned.code, String((Number.isFinite(quantity) ? quantity : 0) + 1));
          } else {
            setLines((current) => [...current, { sku: scanned.code, quantity: '1', expiresOn: '' }]);
          }
          return t('receiving.itemAdded', { sku: scanned.code });
        }}
      />
      {bin ? (
        <>
          <p className="task__route">
            {t('receiving.bin')}: <code data-testid="receipt-bin">{bin}</code>
          </p>
          {lines.length === 0 ? <p className="muted">{t('receiving.noLines')}</p> : null}
          {lines.map((line) => (
            <div key={line.sku} className="receipt-line">
              <TextField
                label={t('receiving.quantityOf', { sku: line.sku })}
                name={`quantity-${line.sku}`}
                inputMode="decimal"
                autoComplete="off"
                value={line.quantity}
                onChange={(event) => setQuantity(line.sku, event.target.value)}
              />
              <TextField
                label={t('receiving.expiresOnOf', { sku: line.sku })}
                name={`expiresOn-${line.sku}`}
                type="date"
                value={line.expiresOn}
                onChange={(event) => setLine(line.sku, { expiresOn: event.target.value })}
                hint={
                  // Receiving expired goods can be right (to quarantine them), so this warns and does not block.
                  line.expiresOn && line.expiresOn < today ? <span className="text-warning">{t('receiving.alreadyExpired')}</span> : undefined
                }
              />
              <Button
                aria-label={t('receiving.removeLine', { sku: line.sku })}
                onClick={() => {
                  setLines((current) => current.filter((other) => other.sku !== line.sku));
                  scan.current?.focus();
                }}
              >
                ✕
              </Button>
            </div>
          ))}
          <SelectField
            label={t('receiving.type')}
            name="type"
            options={RECEIPT_UNIT_TYPES.map((value) => ({ value, label: translateDynamic(t, `receiving.types.${value}`, value) }))}
            value={type}
            onChange={(event) => setType(event.target.value)}
            errors={problem.fieldErrors('type')}
          />
          <TextField
            label={t('receiving.supplier')}
            name="supplier"
            value={supplier}
            onChange={(event) => setSupplier(event.target.value)}
            errors={problem.fieldErrors('supplier')}
          />
          <TextField
            label={t('receiving.deliveryReference')}
            name="deliveryReference"
            autoCapitalize="characters"
            autoComplete="off"
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            errors={problem.fieldErrors('deliveryReference')}
          />
          <div className="form__actions">
            <Button variant="primary" className="button--large" onClick={confirm} disabled={receive.isPending || lines.length === 0}>
              {receive.isPending ? t('common.saving') : t('receiving.confirm')}
            </Button>
            <Button
              onClick={() => {
                receive.reset();
                setBin('');
                setLines([]);
                scan.current?.focus();
              }}
              disabled={receive.isPending}
            >
              {t('receiving.startOver')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
