/**
 * Exchange calendars as rules: which instants a market trades in, for any year. Consumers
 * (the deploy window) ask for sessions between two instants; nothing here reads a clock.
 */
export { civil, civilDateAt, formatLocal, formatUtc, isoDate, type CivilDate } from './dates.js';
export {
  EXCHANGE_CODES,
  exchangeCalendar,
  type ExchangeCalendar,
  type ExchangeCode,
  type Session,
  type TradingDay,
} from './exchanges.js';
export { describeMarketAt, nextSession, previousSession, sessionAt, sessionsBetween } from './sessions.js';
