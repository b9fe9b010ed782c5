import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemDetails } from '@/lib/api/problem';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { parseQuantity } from '@/lib/format';
import { useCreateReservation } from '../api/create-reservation';
import type { Reservation } from '../api/types';
import { useStatusName } from './reservation-status';

const FIELDS = ['purpose', 'reference', 'priority', 'lines', 'sku', 'quantity'] as const;

interface LineValues {
  key: number;
  sku: string;
  quantity: string;
}

/** The errors of one line ("Lines[0].Sku"), which the generic matching by field name cannot tell apart. */
function lineErrors(problem: ProblemDetails | undefined, index: number, field: 'sku' | 'quantity'): string[] {
  const wanted = `lines[${String(index)}].${field}`;
  return Object.entries(problem?.errors ?? {})
    .filter(([key]) => key.toLowerCase() === wanted)
    .flatMap(([, messages]) => messages);
}

let nextKey = 1;
const emptyLine = (): LineValues => ({ key: nextKey++, sku: '', quantity: '' });

/** A manager reserves stock: purpose, reference, priority 1–10 and the lines; allocation runs at once. */
export function CreateReservationForm({ detailHref }: { detailHref: (id: string) => string }) {
  const { t } = useTranslation();
  const statusName = useStatusName();
  const create = useCreateReservation();
  const problem = useProblem(create.error);
  const { commandIdFor, settle } = useCommandId();
  const [purpose, setPurpose] = useState('');
  const [reference, setReference] = useState('');
  const [priority, setPriority] = useState('5');
  const [lines, setLines] = useState<LineValues[]>(() => [emptyLine()]);
  const [created, setCreated] = useState<Reservation | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const body = {
      purpose: purpose.trim(),
      reference: reference.trim() || null,
      priority: Number.parseInt(priority, 10),
      lines: lines.map((line) => ({ sku: line.sku.trim().toUpperCase(), quantity: parseQuantity(line.quantity) })),
    };
    // The server validates; a number that is not one is sent as 0 so that its message comes back for the field.
    const sent = {
      ...body,
      priority: Number.isNaN(body.priority) ? 0 : body.priority,
      lines: body.lines.map((line) => ({ ...line, quantity: Number.isNaN(line.quantity) ? 0 : line.quantity })),
    };
    create.mutate(
      { ...sent, commandId: commandIdFor(sent) },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (reservation) => {
          setCreated(reservation);
          setPurpose('');
          setReference('');
          setPriority('5');
          setLines([emptyLine()]);
        },
      },
    );
  };

  const setLine = (key: number, field: 'sku' | 'quantity', value: string) =>
    setLines((current) => current.map((line) => (line.key === key ? { ...line, [field]: value } : line)));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('reservations.create.title')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      {created ? (
        <Alert tone="success">
          {created.status === 'PENDING'
            ? t('reservations.create.createdPending', { reason: created.reason ?? '' })
            : t('reservations.create.created', { status: statusName(created.status) })}{' '}
          <Link to={detailHref(created.id ?? '')}>{t('reservations.create.open')}</Link>
        </Alert>
      ) : null}
      <TextField
        label={t('reservations.fields.purpose')}
        hint={t('reservations.create.purposeHint')}
        name="purpose"
        autoCapitalize="characters"
        value={purpose}
        onChange={(event) => setPurpose(event.target.value)}
        errors={problem.fieldErrors('purpose')}
      />
      <TextField
        label={t('reservations.fields.reference')}
        name="reference"
        value={reference}
        onChange={(event) => setReference(event.target.value)}
        errors={problem.fieldErrors('reference')}
      />
      <TextField
        label={t('reservations.create.priority')}
        name="priority"
        type="number"
        min={1}
        max={10}
        step={1}
        inputMode="numeric"
        value={priority}
        onChange={(event) => setPriority(event.target.value)}
        errors={problem.fieldErrors('priority')}
      />
      <fieldset className="field field--group">
        <legend className="field__label">{t('reservations.fields.lines')}</legend>
        {problem.fieldErrors('lines').length > 0 ? (
          <ul className="field__errors">
            {problem.fieldErrors('lines').map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        {lines.map((line, index) => (
          <div className="form__grid reservation-line" key={line.key} data-testid={`reservation-line-${String(index + 1)}`}>
            <TextField
              label={t('reservations.create.lineSku', { number: index + 1 })}
              name={`lines.${String(index)}.sku`}
              autoCapitalize="characters"
              spellCheck={false}
              value={line.sku}
              onChange={(event) => setLine(line.key, 'sku', event.target.value)}
              errors={lineErrors(problem.problem, index, 'sku')}
            />
            <TextField
              label={t('reservations.create.lineQuantity', { number: index + 1 })}
              name={`lines.${String(index)}.quantity`}
              inputMode="decimal"
              value={line.quantity}
              onChange={(event) => setLine(line.key, 'quantity', event.target.value)}
              errors={lineErrors(problem.problem, index, 'quantity')}
            />
            {lines.length > 1 ? (
              <Button
                onClick={() => setLines((current) => current.filter((candidate) => candidate.key !== line.key))}
                aria-label={t('reservations.create.removeLine', { number: index + 1 })}
              >
                {t('reservations.create.remove')}
              </Button>
            ) : null}
          </div>
        ))}
        <div className="form__actions">
          <Button onClick={() => setLines((current) => [...current, emptyLine()])}>{t('reservations.create.addLine')}</Button>
        </div>
      </fieldset>
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('reservations.create.submit')}
      </Button>
    </form>
  );
}
