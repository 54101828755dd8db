import { useEffect, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/messages-context';
import { useClassName } from './styling-context';

/** Props of the internal `CopyButton`. */
export interface CopyButtonProps {
  /** The text put on the clipboard. */
  value: string;
  /** Localized name of what is copied ("IBAN"), used in the button's label. */
  field: string;
  /** How long "copied" shows, ms. Default 2000. */
  resetAfterMs?: number;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/** Writes `text` to the clipboard when there is one (never touched during SSR). */
async function writeClipboard(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A button that copies `value` and says so in its own label ("IBAN copied").
 * The reset back to "Copy IBAN" is a timer effect with a cleanup. Internal.
 *
 * State: `data-status` (`idle` | `copied` | `failed`).
 */
export function CopyButton({ value, field, resetAfterMs = 2000 }: CopyButtonProps): ReactNode {
  const t = useMessages();
  const cls = useClassName();
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), resetAfterMs);
    return () => clearTimeout(timer);
  }, [status, resetAfterMs]);

  const label =
    status === 'copied'
      ? t.translate('ui.bank.copied', { field })
      : status === 'failed'
        ? t.translate('ui.bank.copyFailed', { field })
        : t.translate('ui.bank.copy', { field });

  return (
    <button
      type="button"
      className={cls('rsp-button rsp-button--small')}
      data-status={status}
      onClick={() => {
        void writeClipboard(value).then((ok) => setStatus(ok ? 'copied' : 'failed'));
      }}
    >
      {label}
    </button>
  );
}
