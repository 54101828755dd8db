import type { ReactNode } from 'react';
import type { ManualInstructions } from '../core/types';
import { useMessages } from '../i18n/messages-context';
import { CopyButton } from './copy-button';
import { classNames } from './widget-text';
import { useClassName } from './styling-context';

/** Props of `BankTransferInstructions`. */
export interface BankTransferInstructionsProps {
  /** From a `pending_manual` state. */
  instructions: ManualInstructions;
  className?: string;
  unstyled?: boolean;
}

/** Groups an IBAN by four characters for reading; the copied value stays ungrouped. */
function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * How to pay by bank transfer: amount, beneficiary, IBAN, BIC, the reference
 * to quote, and when the money is expected. IBAN and reference have copy
 * buttons (`navigator.clipboard`, guarded for SSR and old browsers).
 *
 * State: `data-status="pending_manual"`.
 */
export function BankTransferInstructions({ instructions, className, unstyled }: BankTransferInstructionsProps): ReactNode {
  const t = useMessages();
  const cls = useClassName(unstyled);
  const amount = t.formatAmount(instructions.amount);
  const days = instructions.expectedDays;
  const plural = days === undefined ? null : new Intl.PluralRules(t.locale).select(days) === 'one' ? 'one' : 'other';
  const row = (label: string, value: ReactNode, copy?: string) => (
    <div className={cls('rsp-bank__row')}>
      <dt className={cls('rsp-bank__label')}>{label}</dt>
      <dd className={cls('rsp-bank__value')}>
        {value}
        {copy !== undefined ? <CopyButton value={copy} field={label} /> : null}
      </dd>
    </div>
  );
  return (
    <section
      className={classNames(cls('rsp-bank'), className)}
      data-status="pending_manual"
      aria-label={t.translate('ui.bank.title')}
    >
      <p className={cls('rsp-bank__title')}>{t.translate('ui.bank.title')}</p>
      <p className={cls('rsp-bank__intro')}>{t.translate('ui.bank.intro', { amount })}</p>
      <dl className={cls('rsp-bank__details')}>
        {row(t.translate('ui.bank.amount'), amount)}
        {instructions.beneficiary ? row(t.translate('ui.bank.beneficiary'), instructions.beneficiary) : null}
        {instructions.iban
          ? row(t.translate('ui.bank.iban'), <span className={cls('rsp-bank__code')}>{groupIban(instructions.iban)}</span>, instructions.iban.replace(/\s+/g, ''))
          : null}
        {instructions.bic ? row(t.translate('ui.bank.bic'), <span className={cls('rsp-bank__code')}>{instructions.bic}</span>) : null}
        {row(t.translate('ui.bank.reference'), <span className={cls('rsp-bank__code')}>{instructions.reference}</span>, instructions.reference)}
      </dl>
      {plural ? <p className={cls('rsp-bank__days')}>{t.translate(`ui.bank.expectedDays.${plural}`, { days: days as number })}</p> : null}
      {instructions.note ? <p className={cls('rsp-bank__note')}>{instructions.note}</p> : null}
    </section>
  );
}
