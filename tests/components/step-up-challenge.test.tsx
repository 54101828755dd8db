import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPaymentError } from '../../src/core/errors/payment-error';
import { StepUpChallenge, type StepUpChallengeProps } from '../../src/components/step-up-challenge';
import { de } from '../../src/i18n/locales/ui-widgets';
import { axeViolations } from './widgets-axe';

function setup(props: Partial<StepUpChallengeProps> = {}) {
  const onSubmit = vi.fn<(code: string) => void>();
  const user = userEvent.setup();
  const view = render(<StepUpChallenge onSubmit={onSubmit} {...props} />);
  const input = screen.getByLabelText('Verification code') as HTMLInputElement;
  return { ...view, user, onSubmit, input };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('StepUpChallenge', () => {
  describe('given the default six-digit challenge', () => {
    it('renders a visibly labelled one-time-code input with a numeric keyboard and a pattern', async () => {
      const { input, container } = setup();
      expect(input).toBeVisible();
      expect(input).toHaveAttribute('autocomplete', 'one-time-code');
      expect(input).toHaveAttribute('inputmode', 'numeric');
      expect(input).toHaveAttribute('pattern', '[0-9]{6}');
      expect(input).not.toHaveAttribute('maxlength'); // a pasted "123 456" must not be cut by the browser
      expect(input).toHaveAccessibleDescription('Enter the 6-digit code we sent you.');
      expect(screen.getByRole('form', { name: 'Confirm it’s you' })).toHaveAttribute('data-status', 'idle');
      expect(await axeViolations(container)).toEqual([]);
    });

    it('keeps digits only while typing', async () => {
      const { user, input } = setup();
      await user.type(input, '1a2-b3 4');
      expect(input).toHaveValue('1234');
    });

    it('accepts a pasted whole code with separators and submits it once', async () => {
      const { user, input, onSubmit } = setup();
      await user.click(input);
      await user.paste('123 456');
      expect(input).toHaveValue('123456');
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(onSubmit).toHaveBeenCalledWith('123456');
    });

    it('cuts a pasted code that is too long to the code length', async () => {
      const { user, input } = setup();
      await user.click(input);
      await user.paste('98765432');
      expect(input).toHaveValue('987654');
    });

    it('reads full-width digits as digits', async () => {
      const { user, input } = setup();
      await user.click(input);
      await user.paste('１２３４５６');
      expect(input).toHaveValue('123456');
    });

    it('submits with Enter from the input', async () => {
      const { user, input, onSubmit } = setup();
      await user.type(input, '246810{Enter}');
      expect(onSubmit).toHaveBeenCalledWith('246810');
    });

    it('submits once on a double click before the parent marks it pending', async () => {
      const { user, input, onSubmit } = setup();
      await user.type(input, '111111');
      await user.dblClick(screen.getByRole('button', { name: 'Verify' }));
      await user.keyboard('{Enter}');
      expect(onSubmit).toHaveBeenCalledTimes(1);
    });
  });

  describe('hideTitle', () => {
    it('renders no title of its own and is named by the element given in labelledBy', async () => {
      const onSubmit = vi.fn();
      const { container } = render(
        <section aria-labelledby="outer-title">
          <p id="outer-title">Confirm your payment</p>
          <StepUpChallenge onSubmit={onSubmit} hideTitle labelledBy="outer-title" />
        </section>,
      );
      expect(screen.queryByText('Confirm it’s you')).toBeNull();
      expect(screen.getByRole('form', { name: 'Confirm your payment' })).toContainElement(screen.getByLabelText('Verification code'));
      expect(await axeViolations(container)).toEqual([]);
    });

    it('without labelledBy keeps the title as the form’s accessible name only', () => {
      render(<StepUpChallenge onSubmit={vi.fn()} hideTitle />);
      expect(screen.queryByText('Confirm it’s you')).toBeNull();
      expect(screen.getByRole('form', { name: 'Confirm it’s you' })).toBeInTheDocument();
    });
  });

  describe('focusOnMount', () => {
    it('focuses the input when the challenge appears, and not by default', () => {
      const { unmount } = render(<StepUpChallenge onSubmit={() => {}} />);
      expect(screen.getByLabelText('Verification code')).not.toHaveFocus();
      unmount();
      render(<StepUpChallenge onSubmit={() => {}} focusOnMount />);
      expect(screen.getByLabelText('Verification code')).toHaveFocus();
    });
  });

  describe('when the code is incomplete', () => {
    it('does not submit, says what is missing, links it to the input and focuses the input', async () => {
      const { user, input, onSubmit, container } = setup();
      await user.type(input, '123');
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(onSubmit).not.toHaveBeenCalled();
      expect(input).toHaveFocus();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription('Enter the 6-digit code we sent you. Enter all 6 digits of the code.');
      expect(container.firstElementChild).toHaveAttribute('data-status', 'error');
      expect(await axeViolations(container)).toEqual([]);
      await user.type(input, '4');
      expect(input).not.toHaveAttribute('aria-invalid');
    });
  });

  describe('given an error from the merchant’s verification', () => {
    it('shows it, links it with aria-describedby and passes axe', async () => {
      const { input, container } = setup({ error: 'That code is not right. Check it and try again.' });
      expect(screen.getByText('That code is not right. Check it and try again.')).toBeVisible();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input.getAttribute('aria-describedby')?.split(' ')).toHaveLength(2);
      expect(input).toHaveAccessibleDescription(expect.stringContaining('That code is not right.'));
      expect(await axeViolations(container)).toEqual([]);
    });

    it('moves focus back to the input when a verification comes back with an error', async () => {
      function Harness() {
        const [state, setState] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });
        return (
          <>
            <StepUpChallenge pending={state.pending} error={state.error} onSubmit={() => setState({ pending: true, error: null })} />
            <button type="button" onClick={() => setState({ pending: false, error: 'Wrong code.' })}>
              answer
            </button>
          </>
        );
      }
      const user = userEvent.setup();
      render(<Harness />);
      const input = screen.getByLabelText('Verification code');
      await user.type(input, '123456');
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(screen.getByRole('button', { name: 'Verifying…' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'answer' }));
      expect(input).toHaveFocus();
      expect(input).toHaveAccessibleDescription(expect.stringContaining('Wrong code.'));
    });
  });

  describe('while pending', () => {
    it('keeps focus on the button, says what it is doing, and does not submit again', async () => {
      function Harness({ onSubmit }: { onSubmit(code: string): void }) {
        const [pending, setPending] = useState(false);
        return (
          <StepUpChallenge
            pending={pending}
            onSubmit={(code) => {
              onSubmit(code);
              setPending(true);
            }}
          />
        );
      }
      const onSubmit = vi.fn();
      const user = userEvent.setup();
      const { container } = render(<Harness onSubmit={onSubmit} />);
      await user.type(screen.getByLabelText('Verification code'), '135790');
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      const button = screen.getByRole('button', { name: 'Verifying…' });
      expect(button).toHaveFocus();
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).not.toBeDisabled();
      expect(screen.getByLabelText('Verification code')).toHaveAttribute('readonly');
      expect(container.firstElementChild).toHaveAttribute('data-status', 'pending');
      expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
      await user.click(button);
      await user.keyboard('{Enter}');
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('resend', () => {
    it('has no resend button without onResend', () => {
      setup();
      expect(screen.queryByRole('button', { name: /new code/ })).toBeNull();
      expect(screen.queryByRole('status')).toBeNull(); // no live region it would never use
    });

    it('starts in cooldown, counts down, then sends once and cools down again', async () => {
      vi.useFakeTimers();
      // Testing Library drains work with a setTimeout(0) and advances it only when it sees `jest`.
      vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
      const onResend = vi.fn();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const { unmount } = render(<StepUpChallenge onSubmit={() => {}} onResend={onResend} resendCooldownMs={30_000} />);

      const resend = screen.getByRole('button', { name: 'Send a new code in 30 s' });
      expect(resend).toHaveAttribute('aria-disabled', 'true');
      expect(resend).toHaveAttribute('data-state', 'cooldown');
      await user.click(resend);
      expect(onResend).not.toHaveBeenCalled();

      act(() => vi.advanceTimersByTime(1000));
      expect(resend).toHaveAccessibleName('Send a new code in 29 s');
      act(() => vi.advanceTimersByTime(28_000));
      expect(resend).toHaveAccessibleName('Send a new code in 1 s');
      act(() => vi.advanceTimersByTime(1000));
      expect(resend).toHaveAccessibleName('Send a new code');
      expect(resend).toHaveAttribute('data-state', 'ready');
      expect(resend).not.toHaveAttribute('aria-disabled');
      expect(vi.getTimerCount()).toBe(0);

      await user.click(resend);
      expect(onResend).toHaveBeenCalledTimes(1);
      expect(resend).toHaveFocus();
      expect(resend).toHaveAccessibleName('Send a new code in 30 s');
      expect(screen.getByRole('status')).toHaveTextContent('A new code is on its way.');
      await user.click(resend);
      expect(onResend).toHaveBeenCalledTimes(1);

      act(() => vi.advanceTimersByTime(10_000));
      expect(resend).toHaveAccessibleName('Send a new code in 20 s');
      unmount();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('uses the injected clock for the remaining time', () => {
      vi.useFakeTimers();
      let clock = 1_000_000;
      render(<StepUpChallenge onSubmit={() => {}} onResend={() => {}} resendCooldownMs={10_000} now={() => clock} />);
      // The page was in the background: the clock moved 8 s while a single 1 s tick was due.
      clock += 8_000;
      act(() => vi.advanceTimersByTime(1000));
      expect(screen.getByRole('button', { name: 'Send a new code in 2 s' })).toBeInTheDocument();
    });

    it('is ready at once with cooldownOnMount false, and passes axe in both states', async () => {
      const onResend = vi.fn();
      const user = userEvent.setup();
      const { container } = render(<StepUpChallenge onSubmit={() => {}} onResend={onResend} cooldownOnMount={false} />);
      expect(await axeViolations(container)).toEqual([]);
      await user.click(screen.getByRole('button', { name: 'Send a new code' }));
      expect(onResend).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('button', { name: 'Send a new code in 30 s' })).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  describe('messages and styling', () => {
    it('takes every visible string from t, with English where t has no entry', () => {
      const t = (key: string, params?: Record<string, string | number>) => {
        const template = (de as Record<string, string>)[key];
        if (!template || key === 'ui.stepUp.submit') return key; // a catalog miss answers with the key
        return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name]));
      };
      render(<StepUpChallenge onSubmit={() => {}} onResend={() => {}} t={t} length={8} />);
      expect(screen.getByLabelText('Bestätigungscode')).toHaveAccessibleDescription('Geben Sie den 8-stelligen Code ein, den wir Ihnen gesendet haben.');
      expect(screen.getByRole('button', { name: 'Neuen Code senden in 30 s' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument();
      expect(screen.getByLabelText('Bestätigungscode')).toHaveAttribute('pattern', '[0-9]{8}');
    });

    it('uses rsp- class names, and none at all when unstyled (className still applies)', () => {
      const { container, unmount } = render(<StepUpChallenge onSubmit={() => {}} onResend={() => {}} error="x" />);
      expect(container.querySelector('.rsp-step-up .rsp-step-up__input')).not.toBeNull();
      unmount();
      const view = render(<StepUpChallenge onSubmit={() => {}} onResend={() => {}} error="x" unstyled className="mine" />);
      expect(view.container.firstElementChild).toHaveAttribute('class', 'mine');
      expect(view.container.querySelectorAll('[class]')).toHaveLength(1);
    });

    it('rejects a length it cannot take with a configuration_error naming `length`', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      let thrown: unknown;
      try {
        render(<StepUpChallenge onSubmit={() => {}} length={2.5} />);
      } catch (e) {
        thrown = e;
      }
      expect(isPaymentError(thrown)).toBe(true);
      expect((thrown as Error & { code: string }).code).toBe('configuration_error');
      expect((thrown as Error).message).toContain('`length`');
    });
  });
});
