import { useId } from 'react';
import { isPaymentErrorCode } from '../core/errors/classification';
import { redactString } from '../core/redact/redact';
import type { GatewayHealth, PaymentEvent, PaymentEventType } from '../core/types';
import { Sparkline } from './sparkline';
import { classNames, widgetText, type WidgetBaseProps } from './widget-text';

/** Props of {@link PaymentMonitor}. */
export interface PaymentMonitorProps extends WidgetBaseProps {
  /** One entry per gateway, e.g. from `client.gatewayHealth()` or `useGatewayHealth()`. */
  health: readonly GatewayHealth[];
  /** Events oldest first, as emitted (`client.subscribeEvents` / `usePaymentEvents`). Shown newest first. */
  events?: readonly PaymentEvent[];
  /** Events shown at most. Default 20. */
  maxEvents?: number;
  /** How many events there were in all, when `events` is already a capped buffer. Default `events.length`. */
  totalEvents?: number;
  /** Heading level of the title (the events heading is one deeper). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Formats an event's `at` (clock ms). Default: UTC time `HH:MM:SS.mmm`, identical on server and client. */
  formatTime?: (at: number) => string;
}

type Circuit = GatewayHealth['circuit'];

const CIRCUITS: readonly Circuit[] = ['closed', 'half_open', 'open'];

const EVENT_TYPES: ReadonlySet<string> = new Set<PaymentEventType>([
  'checkout.started',
  'attempt.started',
  'attempt.failed',
  'retry.scheduled',
  'action.required',
  'reconcile.started',
  'fallback.offered',
  'fallback.selected',
  'checkout.succeeded',
  'checkout.processing',
  'checkout.failed',
  'checkout.pending_manual',
  'checkout.canceled',
  'circuit.opened',
  'circuit.closed',
  'risk.blocked',
]);

const ID_LIKE = /^[A-Za-z][A-Za-z0-9_.:-]{0,47}$/;

/** A gateway id fit to print: a registered one, or an id-shaped string that redaction leaves alone. */
function safeGatewayId(value: unknown, known: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (known.has(value)) return value;
  if (!ID_LIKE.test(value) || /\d{6,}/.test(value) || redactString(value) !== value) return undefined;
  return value;
}

function defaultFormatTime(at: number): string {
  return new Date(at).toISOString().slice(11, 23);
}

/** `at` when it is a time a `Date` can hold, else undefined. */
function validTime(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && !Number.isNaN(new Date(value).getTime()) ? value : undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const lo = sorted[mid - 1] ?? 0;
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 0 ? (lo + hi) / 2 : hi;
}

function circuitOf(value: unknown): Circuit {
  return CIRCUITS.includes(value as Circuit) ? (value as Circuit) : 'open';
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

/**
 * A compact health view for developers and support: per gateway its circuit
 * state (as text, with `data-state`), success and failure counts, and recent
 * latency as a sparkline with a p50/last summary; below, the recent event
 * timeline, newest first.
 *
 * Events are redacted by the engine; the monitor prints only each event's
 * type, gateway id, attempt, error code and time — never messages, causes,
 * states or any other field — and drops values that are not what they claim
 * to be, so even a hostile event cannot print a card number or secret.
 *
 * The root's `data-status` is the worst circuit (`closed` | `half_open` | `open`).
 */
export function PaymentMonitor(props: PaymentMonitorProps) {
  const { health, events = [], maxEvents = 20, totalEvents, headingLevel = 2, formatTime = defaultFormatTime, t, className, unstyled = false } = props;
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const eventsId = `${baseId}-events`;
  const captionId = `${baseId}-gateways`;
  const text = (key: Parameters<typeof widgetText>[1], params?: Record<string, string | number>) => widgetText(t, key, params);
  const cls = (name: string) => (unstyled ? undefined : name);
  const Title = `h${headingLevel}` as const;
  const SubTitle = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5' | 'h6';

  const rows = health.filter((h) => typeof h?.gatewayId === 'string');
  const known = new Set(rows.map((h) => h.gatewayId));
  const worst = rows.reduce<Circuit>((acc, h) => {
    const c = circuitOf(h.circuit);
    return CIRCUITS.indexOf(c) > CIRCUITS.indexOf(acc) ? c : acc;
  }, 'closed');

  const cap = Number.isInteger(maxEvents) && maxEvents > 0 ? maxEvents : 20;
  const shown = events.slice(-cap).reverse();
  const total = Math.max(events.length, count(totalEvents));

  return (
    <section className={classNames(cls('rsp-monitor'), className)} data-status={worst} aria-labelledby={titleId}>
      <Title id={titleId} className={cls('rsp-monitor__title')}>
        {text('ui.monitor.title')}
      </Title>
      {rows.length === 0 ? (
        <p className={cls('rsp-monitor__empty')}>{text('ui.monitor.noGateways')}</p>
      ) : (
        // A data table may scroll sideways on a narrow screen (WCAG 1.4.10); the
        // scroll box is focusable and named so keyboard users can scroll it too.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className={cls('rsp-monitor__scroll')} role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className={cls('rsp-monitor__table')}>
            <caption id={captionId} className={cls('rsp-monitor__caption')}>{text('ui.monitor.gateways')}</caption>
            <thead>
              <tr>
                <th scope="col">{text('ui.monitor.gateway')}</th>
                <th scope="col">{text('ui.monitor.circuit')}</th>
                <th scope="col">{text('ui.monitor.successes')}</th>
                <th scope="col">{text('ui.monitor.failures')}</th>
                <th scope="col">{text('ui.monitor.latency')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => {
                const circuit = circuitOf(h.circuit);
                const latency = Array.isArray(h.latencyMs) ? h.latencyMs.filter((v) => typeof v === 'number' && Number.isFinite(v)) : [];
                const last = latency[latency.length - 1];
                const summary =
                  last === undefined
                    ? text('ui.monitor.latencyNone')
                    : text('ui.monitor.latencySummary', { p50: Math.round(median(latency)), last: Math.round(last) });
                const consecutive = count(h.consecutiveFailures);
                return (
                  <tr key={h.gatewayId} data-state={circuit} className={cls('rsp-monitor__row')}>
                    <th scope="row">{redactString(h.gatewayId)}</th>
                    <td>
                      <span className={cls('rsp-monitor__circuit')} data-state={circuit}>
                        {text(`ui.monitor.circuit.${circuit}`)}
                      </span>
                    </td>
                    <td>{count(h.successes)}</td>
                    <td>
                      {count(h.failures)}
                      {consecutive > 0 ? (
                        <span className={cls('rsp-monitor__consecutive')}> ({text('ui.monitor.consecutiveFailures', { count: consecutive })})</span>
                      ) : null}
                    </td>
                    <td className={cls('rsp-monitor__latency')}>
                      {latency.length > 0 ? <Sparkline values={latency} label={summary} unstyled={unstyled} /> : null}
                      <span className={cls('rsp-monitor__latency-text')} aria-hidden={latency.length > 0 || undefined}>
                        {summary}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <SubTitle id={eventsId} className={cls('rsp-monitor__subtitle')}>
        {text('ui.monitor.events')}
      </SubTitle>
      {shown.length === 0 ? (
        <p className={cls('rsp-monitor__empty')}>{text('ui.monitor.noEvents')}</p>
      ) : (
        <>
          {total > shown.length ? (
            <p className={cls('rsp-monitor__count')}>{text('ui.monitor.eventsShown', { shown: shown.length, total })}</p>
          ) : null}
          <ol className={cls('rsp-monitor__events')} aria-labelledby={eventsId}>
            {shown.map((event, index) => {
              const type = typeof event?.type === 'string' && EVENT_TYPES.has(event.type) ? event.type : 'unknown';
              const at = validTime(event?.at);
              const gatewayId = safeGatewayId(event?.gatewayId, known);
              const attempt = typeof event?.attempt === 'number' && Number.isInteger(event.attempt) && event.attempt > 0 ? event.attempt : undefined;
              const rawCode = event?.error && typeof event.error === 'object' ? (event.error as { code?: unknown }).code : undefined;
              const code = rawCode === undefined ? undefined : isPaymentErrorCode(rawCode) ? rawCode : 'unknown';
              const details = [
                gatewayId !== undefined ? text('ui.monitor.eventGateway', { gatewayId }) : null,
                attempt !== undefined ? text('ui.monitor.eventAttempt', { attempt }) : null,
                code !== undefined ? text('ui.monitor.eventError', { code }) : null,
              ].filter((d): d is string => d !== null);
              return (
                <li key={events.length - 1 - index} data-type={type} data-status={code ? 'error' : 'ok'} className={cls('rsp-monitor__event')}>
                  {at !== undefined ? (
                    <time className={cls('rsp-monitor__time')} dateTime={new Date(at).toISOString()}>
                      {formatTime(at)}
                    </time>
                  ) : null}{' '}
                  <span className={cls('rsp-monitor__type')}>{type}</span>
                  {details.length > 0 ? <span className={cls('rsp-monitor__details')}> · {details.join(' · ')}</span> : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
