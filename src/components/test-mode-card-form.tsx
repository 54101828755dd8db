import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import type { GatewayFormProps } from '../react/gateway-form';
import { TEST_CARDS, testCardToken } from '../testing/test-cards';
import { useMessages } from '../i18n/messages-context';
import { useClassName } from './styling-context';

const OUTCOME_KEYS: Readonly<Record<string, string>> = {
  tok_success: 'ui.testMode.outcome.succeeds',
  tok_decline: 'ui.testMode.outcome.declined',
  tok_insufficient_funds: 'ui.testMode.outcome.insufficient_funds',
  tok_expired_card: 'ui.testMode.outcome.expired_card',
  tok_3ds_required: 'ui.testMode.outcome.three_d_secure',
  tok_processing: 'ui.testMode.outcome.processing',
};

const TEST_DIGITS = TEST_CARDS.map((card) => card.number.replace(/\D/g, ''));
const MAX_DIGITS = Math.max(...TEST_DIGITS.map((d) => d.length));

/** Groups digits by four, as the test cards are printed. */
function group(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Whether `digits` is the start of some test card number (so typing can go on). */
function isTestPrefix(digits: string): boolean {
  return TEST_DIGITS.some((card) => card.startsWith(digits));
}

/**
 * The form for a gateway in test mode (the simulated gateway): clearly marked
 * TEST MODE, the shopper picks one of `TEST_CARDS` or types its number, and
 * the form reports the simulated token (`{ type: 'test_card', token }`).
 *
 * It refuses every other number: a keystroke or paste that does not continue
 * a listed test number is dropped and explained, so a real card number can
 * never be typed in full. The input has no `name` and `autocomplete="off"`,
 * so browsers neither submit nor offer saved cards.
 *
 * State: `data-status` (`empty` | `partial` | `complete` | `refused`), `data-test-mode`.
 */
export function TestModeCardForm({ disabled, onChange }: GatewayFormProps): ReactNode {
  const t = useMessages();
  const cls = useClassName();
  const baseId = useId();
  const [digits, setDigits] = useState('');
  const [refused, setRefused] = useState(false);

  const inputId = `${baseId}-number`;
  const descriptionId = `${baseId}-description`;
  const errorId = `${baseId}-error`;
  const token = testCardToken(digits);
  const status = refused ? 'refused' : token ? 'complete' : digits ? 'partial' : 'empty';

  const accept = (next: string) => {
    setDigits(next);
    setRefused(false);
    const nextToken = testCardToken(next);
    onChange(nextToken ? { complete: true, method: { type: 'test_card', token: nextToken } } : { complete: false });
  };

  const handleInput = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value.replace(/\D/g, '').slice(0, MAX_DIGITS + 1);
    if (next === '' || isTestPrefix(next)) accept(next);
    else setRefused(true); // keep the last accepted digits: the refused ones never enter state
  };

  return (
    <fieldset className={cls('rsp-test-form')} data-status={status} data-test-mode="true" disabled={disabled}>
      <legend className={cls('rsp-test-form__legend')}>
        <span className={cls('rsp-test-form__badge')}>{t.translate('ui.testMode.badge')}</span>{' '}
        {t.translate('ui.testMode.pick')}
      </legend>
      <p id={descriptionId} className={cls('rsp-test-form__description')}>
        {t.translate('ui.testMode.description')}
      </p>
      <div className={cls('rsp-test-form__cards')}>
        {TEST_CARDS.map((card, index) => {
          const cardDigits = TEST_DIGITS[index] ?? '';
          const outcomeKey = OUTCOME_KEYS[card.token];
          const outcome = outcomeKey ? t.translate(outcomeKey) : card.description;
          const radioId = `${baseId}-card-${index}`;
          return (
            <div key={card.number} className={cls('rsp-test-form__card')}>
              <input
                id={radioId}
                type="radio"
                name={`${baseId}-card`}
                value={card.token}
                checked={digits === cardDigits}
                onChange={() => accept(cardDigits)}
              />
              <label htmlFor={radioId}>{t.translate('ui.testMode.card', { number: card.number, outcome })}</label>
            </div>
          );
        })}
      </div>
      <label htmlFor={inputId} className={cls('rsp-test-form__label')}>
        {t.translate('ui.testMode.number')}
      </label>
      <input
        id={inputId}
        className={cls('rsp-input')}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={group(digits)}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? `${descriptionId} ${errorId}` : descriptionId}
        onChange={handleInput}
      />
      {refused ? (
        <p id={errorId} className={cls('rsp-field-error')}>
          {t.translate('ui.testMode.refused')}
        </p>
      ) : null}
    </fieldset>
  );
}
