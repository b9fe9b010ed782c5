import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

type CopyState = 'idle' | 'copied' | 'failed';

/** Shows a new key's secret once; closing it forgets the secret. */
export function ApiKeySecretDialog({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  const secretId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const copySecret = async () => {
    try {
      // The clipboard API needs a secure context; handhelds on plain HTTP fall back to selection.
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <Dialog title={t('apiKeys.secretTitle', { name })} onClose={onClose} dismissible={false}>
      <div className="stack">
        <Alert tone="info">{t('apiKeys.secretWarning')}</Alert>
        <label className="field__label" htmlFor={secretId}>
          {t('apiKeys.secretLabel')}
        </label>
        <input
          ref={input}
          id={secretId}
          className="field__input secret"
          readOnly
          value={secret}
          onFocus={(event) => event.target.select()}
          data-testid="api-key-secret"
        />
        {copy === 'copied' ? <p role="status">{t('apiKeys.copied')}</p> : null}
        {copy === 'failed' ? <p role="status">{t('apiKeys.copyFailed')}</p> : null}
        <div className="form__actions">
          <Button variant="primary" onClick={() => void copySecret()}>
            {t('apiKeys.copy')}
          </Button>
          <Button onClick={onClose}>{t('apiKeys.done')}</Button>
        </div>
      </div>
    </Dialog>
  );
}
