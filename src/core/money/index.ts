export { currencyCodes, currencyExponent, isCurrencyCode } from './currencies';
export { moneySchema } from './money-schema';
export { isValidMoney, validateMoney } from './validate-money';
export { formatMoney } from './format-money';
