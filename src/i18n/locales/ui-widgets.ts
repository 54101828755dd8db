/**
 * UI strings of the standalone widgets `StepUpChallenge`, `PaymentMonitor`
 * and `PaymentMethodSelector`, in English, German, French and Spanish.
 *
 * Placeholders use single braces (`{seconds}`) and are filled from the
 * `params` of the widget's `t(key, params)` call. The message catalog merges
 * these records; every widget also falls back to `en` on its own, so it works
 * without a catalog.
 */

/** English defaults; the source of the key list. */
export const en = {
  'ui.stepUp.title': 'Confirm it’s you',
  'ui.stepUp.description': 'Enter the {length}-digit code we sent you.',
  'ui.stepUp.label': 'Verification code',
  'ui.stepUp.submit': 'Verify',
  'ui.stepUp.submitting': 'Verifying…',
  'ui.stepUp.incomplete': 'Enter all {length} digits of the code.',
  'ui.stepUp.resend': 'Send a new code',
  'ui.stepUp.resendIn': 'Send a new code in {seconds} s',
  'ui.stepUp.resent': 'A new code is on its way.',
  'ui.stepUp.wrongCode': 'That code didn’t work. Check it and try again.',

  'ui.monitor.title': 'Payment health',
  'ui.monitor.gateways': 'Gateways',
  'ui.monitor.gateway': 'Gateway',
  'ui.monitor.circuit': 'Circuit',
  'ui.monitor.successes': 'Successes',
  'ui.monitor.failures': 'Failures',
  'ui.monitor.latency': 'Latency',
  'ui.monitor.circuit.closed': 'Closed',
  'ui.monitor.circuit.open': 'Open',
  'ui.monitor.circuit.half_open': 'Half-open (trial call)',
  'ui.monitor.consecutiveFailures': '{count} in a row',
  'ui.monitor.latencySummary': 'p50 {p50} ms, last {last} ms',
  'ui.monitor.latencyNone': 'No calls yet',
  'ui.monitor.noGateways': 'No gateways registered.',
  'ui.monitor.events': 'Recent events',
  'ui.monitor.noEvents': 'No events yet.',
  'ui.monitor.eventsShown': 'Latest {shown} of {total} events',
  'ui.monitor.eventAttempt': 'attempt {attempt}',
  'ui.monitor.eventGateway': 'gateway {gatewayId}',
  'ui.monitor.eventError': 'error {code}',

  'ui.methodSelector.legend': 'Payment method',
  'ui.methodSelector.manualHint': 'No online payment: you get the payment instructions after ordering.',
  'ui.methodSelector.empty': 'No payment method is available for this order.',
} as const;

/** A key of the widget strings. */
export type UiWidgetMessageKey = keyof typeof en;

/** One locale's widget strings: every key, translated. */
export type UiWidgetMessages = Record<UiWidgetMessageKey, string>;

/** German. */
export const de: UiWidgetMessages = {
  'ui.stepUp.title': 'Bestätigen Sie, dass Sie es sind',
  'ui.stepUp.description': 'Geben Sie den {length}-stelligen Code ein, den wir Ihnen gesendet haben.',
  'ui.stepUp.label': 'Bestätigungscode',
  'ui.stepUp.submit': 'Bestätigen',
  'ui.stepUp.submitting': 'Wird geprüft…',
  'ui.stepUp.incomplete': 'Geben Sie alle {length} Ziffern des Codes ein.',
  'ui.stepUp.resend': 'Neuen Code senden',
  'ui.stepUp.resendIn': 'Neuen Code senden in {seconds} s',
  'ui.stepUp.resent': 'Ein neuer Code ist unterwegs.',
  'ui.stepUp.wrongCode': 'Dieser Code hat nicht funktioniert. Prüfen Sie ihn und versuchen Sie es erneut.',

  'ui.monitor.title': 'Zahlungsstatus',
  'ui.monitor.gateways': 'Gateways',
  'ui.monitor.gateway': 'Gateway',
  'ui.monitor.circuit': 'Schutzschalter',
  'ui.monitor.successes': 'Erfolge',
  'ui.monitor.failures': 'Fehler',
  'ui.monitor.latency': 'Latenz',
  'ui.monitor.circuit.closed': 'Geschlossen',
  'ui.monitor.circuit.open': 'Offen',
  'ui.monitor.circuit.half_open': 'Halb offen (Testaufruf)',
  'ui.monitor.consecutiveFailures': '{count} in Folge',
  'ui.monitor.latencySummary': 'p50 {p50} ms, zuletzt {last} ms',
  'ui.monitor.latencyNone': 'Noch keine Aufrufe',
  'ui.monitor.noGateways': 'Keine Gateways registriert.',
  'ui.monitor.events': 'Letzte Ereignisse',
  'ui.monitor.noEvents': 'Noch keine Ereignisse.',
  'ui.monitor.eventsShown': 'Die letzten {shown} von {total} Ereignissen',
  'ui.monitor.eventAttempt': 'Versuch {attempt}',
  'ui.monitor.eventGateway': 'Gateway {gatewayId}',
  'ui.monitor.eventError': 'Fehler {code}',

  'ui.methodSelector.legend': 'Zahlungsart',
  'ui.methodSelector.manualHint': 'Keine Online-Zahlung: Sie erhalten die Zahlungsanweisungen nach der Bestellung.',
  'ui.methodSelector.empty': 'Für diese Bestellung ist keine Zahlungsart verfügbar.',
};

/** French. */
export const fr: UiWidgetMessages = {
  'ui.stepUp.title': 'Confirmez votre identité',
  'ui.stepUp.description': 'Saisissez le code à {length} chiffres que nous vous avons envoyé.',
  'ui.stepUp.label': 'Code de vérification',
  'ui.stepUp.submit': 'Vérifier',
  'ui.stepUp.submitting': 'Vérification…',
  'ui.stepUp.incomplete': 'Saisissez les {length} chiffres du code.',
  'ui.stepUp.resend': 'Envoyer un nouveau code',
  'ui.stepUp.resendIn': 'Envoyer un nouveau code dans {seconds} s',
  'ui.stepUp.resent': 'Un nouveau code est en route.',
  'ui.stepUp.wrongCode': 'Ce code n’a pas fonctionné. Vérifiez-le et réessayez.',

  'ui.monitor.title': 'État des paiements',
  'ui.monitor.gateways': 'Passerelles',
  'ui.monitor.gateway': 'Passerelle',
  'ui.monitor.circuit': 'Disjoncteur',
  'ui.monitor.successes': 'Succès',
  'ui.monitor.failures': 'Échecs',
  'ui.monitor.latency': 'Latence',
  'ui.monitor.circuit.closed': 'Fermé',
  'ui.monitor.circuit.open': 'Ouvert',
  'ui.monitor.circuit.half_open': 'Semi-ouvert (appel d’essai)',
  'ui.monitor.consecutiveFailures': '{count} d’affilée',
  'ui.monitor.latencySummary': 'p50 {p50} ms, dernier {last} ms',
  'ui.monitor.latencyNone': 'Aucun appel pour l’instant',
  'ui.monitor.noGateways': 'Aucune passerelle enregistrée.',
  'ui.monitor.events': 'Événements récents',
  'ui.monitor.noEvents': 'Aucun événement pour l’instant.',
  'ui.monitor.eventsShown': 'Les {shown} derniers événements sur {total}',
  'ui.monitor.eventAttempt': 'tentative {attempt}',
  'ui.monitor.eventGateway': 'passerelle {gatewayId}',
  'ui.monitor.eventError': 'erreur {code}',

  'ui.methodSelector.legend': 'Moyen de paiement',
  'ui.methodSelector.manualHint': 'Pas de paiement en ligne : vous recevez les instructions de paiement après la commande.',
  'ui.methodSelector.empty': 'Aucun moyen de paiement n’est disponible pour cette commande.',
};

/** Spanish. */
export const es: UiWidgetMessages = {
  'ui.stepUp.title': 'Confirme que es usted',
  'ui.stepUp.description': 'Introduzca el código de {length} dígitos que le hemos enviado.',
  'ui.stepUp.label': 'Código de verificación',
  'ui.stepUp.submit': 'Verificar',
  'ui.stepUp.submitting': 'Verificando…',
  'ui.stepUp.incomplete': 'Introduzca los {length} dígitos del código.',
  'ui.stepUp.resend': 'Enviar un código nuevo',
  'ui.stepUp.resendIn': 'Enviar un código nuevo en {seconds} s',
  'ui.stepUp.resent': 'Le hemos enviado un código nuevo.',
  'ui.stepUp.wrongCode': 'Ese código no ha funcionado. Revíselo e inténtelo de nuevo.',

  'ui.monitor.title': 'Estado de los pagos',
  'ui.monitor.gateways': 'Pasarelas',
  'ui.monitor.gateway': 'Pasarela',
  'ui.monitor.circuit': 'Disyuntor',
  'ui.monitor.successes': 'Éxitos',
  'ui.monitor.failures': 'Fallos',
  'ui.monitor.latency': 'Latencia',
  'ui.monitor.circuit.closed': 'Cerrado',
  'ui.monitor.circuit.open': 'Abierto',
  'ui.monitor.circuit.half_open': 'Semiabierto (llamada de prueba)',
  'ui.monitor.consecutiveFailures': '{count} seguidos',
  'ui.monitor.latencySummary': 'p50 {p50} ms, último {last} ms',
  'ui.monitor.latencyNone': 'Aún no hay llamadas',
  'ui.monitor.noGateways': 'No hay pasarelas registradas.',
  'ui.monitor.events': 'Eventos recientes',
  'ui.monitor.noEvents': 'Aún no hay eventos.',
  'ui.monitor.eventsShown': 'Los últimos {shown} de {total} eventos',
  'ui.monitor.eventAttempt': 'intento {attempt}',
  'ui.monitor.eventGateway': 'pasarela {gatewayId}',
  'ui.monitor.eventError': 'error {code}',

  'ui.methodSelector.legend': 'Método de pago',
  'ui.methodSelector.manualHint': 'Sin pago en línea: recibirá las instrucciones de pago después del pedido.',
  'ui.methodSelector.empty': 'No hay ningún método de pago disponible para este pedido.',
};
