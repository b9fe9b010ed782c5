import { useCallback, useEffect, useId, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isNetworkError } from '@/lib/api/problem';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { canScanWithCamera } from '@/lib/scan/camera';
import { beep } from '@/lib/scan/feedback';
import { resolveScan, type ScanKind, type ScanResult } from '@/lib/scan/resolve-scan';
import { Button } from './button';
import { CameraScanner } from './camera-scanner';

export type ResolvedScan = Exclude<ScanResult, { kind: 'unknown' }>;

export interface ScanFieldHandle {
  focus: () => void;
  /** Flash and beep for the outcome of an action taken outside the field (a Confirm button); the screen shows the text. */
  signal: (tone: 'ok' | 'error', message?: string) => void;
}

export interface ScanFieldProps {
  label: string;
  /** What this step expects; a scan of another kind is refused with a message. */
  accept: readonly ScanKind[];
  /** Handles a recognised scan; returns the success text (or nothing), throws to refuse it. */
  onScan: (scan: ResolvedScan) => Promise<string | undefined> | string | undefined;
  hint?: string;
  name?: string;
  ref?: Ref<ScanFieldHandle>;
  /** For tests or special screens: how a scan is recognised. */
  resolve?: typeof resolveScan;
}

interface Feedback {
  tone: 'ok' | 'error';
  message: string;
  /** Changes with every outcome so that the flash plays again for the same text. */
  serial: number;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The scan field of the operator screens. A keyboard-wedge scanner types the code and Enter; the field says at once
 * (colour, text, beep) whether the scan was a handling unit, a bin or an item the step can use. It is focused on
 * arrival, after every scan, and whenever someone starts typing while nothing else takes text.
 */
export function ScanField({ label, accept, onScan, hint, name = 'scan', ref, resolve = resolveScan }: ScanFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [camera, setCamera] = useState(false);
  const serial = useRef(0);

  const focus = useCallback(() => input.current?.focus(), []);

  const show = useCallback((tone: 'ok' | 'error', message: string) => {
    serial.current += 1;
    beep(tone);
    setFeedback(message ? { tone, message, serial: serial.current } : null);
  }, []);

  useImperativeHandle(ref, () => ({ focus, signal: (tone, message) => show(tone, message ?? '') }), [focus, show]);

  // Focused on arrival; again just after, since the layout moves the focus to the page it navigated to.
  useEffect(() => {
    focus();
    const timer = setTimeout(focus, 0);
    return () => clearTimeout(timer);
  }, [focus]);

  // A scanner "types" wherever the focus is: characters typed while a button has the focus go to the field.
  useEffect(() => {
    const redirect = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
      if (isTypingTarget(event.target) || document.querySelector('[role="dialog"]')) return;
      focus();
    };
    document.addEventListener('keydown', redirect);
    return () => document.removeEventListener('keydown', redirect);
  }, [focus]);

  const kindName = (kind: ScanKind) => t(`scan.kinds.${kind}`);

  const errorMessage = (error: unknown): string => {
    if (isApiError(error)) {
      const title = error.problem.title ?? t('errors.unexpected');
      return error.problem.code ? translateDynamic(t, `problems.${error.problem.code}`, title) : title;
    }
    if (isNetworkError(error)) return t('errors.network');
    if (error instanceof Error && error.message) return error.message;
    return t('errors.unexpected');
  };

  const handle = async (raw: string) => {
    const text = raw.trim();
    if (!text || busy) return;
    setBusy(true);
    try {
      // Every kind is looked up, so that a scan of the wrong kind gets a precise message.
      const scan = await resolve(text);
      if (scan.kind === 'unknown') {
        show('error', scan.wrongCheckDigit ? t('scan.wrongCheckDigit', { text }) : t('scan.unknown', { text }));
      } else if (!accept.includes(scan.kind)) {
        show('error', t('scan.wrongKind', { expected: accept.map(kindName).join(' / '), actual: kindName(scan.kind) }));
      } else {
        const message = await onScan(scan);
        show('ok', message ?? t('scan.accepted', { kind: kindName(scan.kind), text }));
      }
    } catch (error) {
      show('error', errorMessage(error));
    } finally {
      setValue('');
      setBusy(false);
      // After the answer: the field may have been re-rendered by the screen's next step.
      setTimeout(focus, 0);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void handle(value);
  };

  const feedbackId = `${id}-feedback`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : undefined, feedback ? feedbackId : undefined].filter(Boolean).join(' ') || undefined;
  const flash = feedback ? ` scan-field--${feedback.tone}` : '';

  return (
    <form className={`scan-field${flash}`} onSubmit={submit} noValidate data-testid="scan-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="scan-field__row">
        <input
          ref={input}
          id={id}
          name={name}
          className="field__input scan-field__input"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          readOnly={busy}
          aria-busy={busy || undefined}
          aria-describedby={describedBy}
          aria-invalid={feedback?.tone === 'error' || undefined}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
        />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('scan.checking') : t('scan.submit')}
        </Button>
        {canScanWithCamera() ? (
          <Button onClick={() => setCamera(true)} disabled={busy}>
            {t('scan.camera')}
          </Button>
        ) : null}
      </div>
      {feedback ? (
        <p
          key={feedback.serial}
          id={feedbackId}
          className={`scan-field__feedback scan-field__feedback--${feedback.tone}`}
          role={feedback.tone === 'error' ? 'alert' : 'status'}
          data-testid="scan-feedback"
        >
          <span aria-hidden="true">{feedback.tone === 'ok' ? '✓ ' : '✗ '}</span>
          {feedback.message}
        </p>
      ) : null}
      {camera ? (
        <CameraScanner
          onDetected={(text) => {
            setCamera(false);
            setValue(text);
            void handle(text);
          }}
          onClose={() => {
            setCamera(false);
            setTimeout(focus, 0);
          }}
        />
      ) : null}
    </form>
  );
}
