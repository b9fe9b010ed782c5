import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/field';
import { ScanField, type ScanFieldHandle } from '@/components/ui/scan-field';
import { useCommandId } from '@/lib/command-id';
import { useCreateHandlingUnit } from '../api/create-handling-unit';
import { HANDLING_UNIT_TYPES, type HandlingUnit } from '../api/types';
import { HandlingUnitCard, useTypeName } from './handling-unit-card';

/** Create: choose the type, scan the bin; the new empty OPEN unit and its LPN are shown. */
export function CreateHandlingUnit() {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const create = useCreateHandlingUnit();
  const { commandIdFor, settle } = useCommandId();
  const typeName = useTypeName();
  const [type, setType] = useState<string>('PALLET');
  const [created, setCreated] = useState<HandlingUnit | null>(null);

  return (
    <div className="task">
      {created ? (
        <Alert tone="success">
          <span className="task__success">{t('hu.create.created', { lpn: created.lpn, bin: created.location })}</span>
        </Alert>
      ) : null}
      <SelectField
        label={t('hu.create.type')}
        name="type"
        options={HANDLING_UNIT_TYPES.map((value) => ({ value, label: typeName(value) }))}
        value={type}
        onChange={(event) => {
          setType(event.target.value);
          scan.current?.focus();
        }}
      />
      <ScanField
        ref={scan}
        label={t('hu.create.scanBin')}
        hint={t('hu.create.hint')}
        accept={['bin']}
        onScan={async (scanned) => {
          if (scanned.kind !== 'bin') return undefined;
          setCreated(null);
          const body = { type, location: scanned.code };
          try {
            const result = await create.mutateAsync({ ...body, commandId: commandIdFor(body) });
            settle(null);
            const unit = result.units?.[0] ?? null;
            setCreated(unit);
            return t('hu.create.created', { lpn: unit?.lpn, bin: unit?.location });
          } catch (error) {
            settle(error);
            throw error;
          }
        }}
      />
      {created ? <HandlingUnitCard unit={created} /> : null}
    </div>
  );
}
