import type { Catalogue } from './message.js';

export const en: Catalogue = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.results': { zero: 'No results', one: '{count} result', other: '{count} results' },
  'common.updatedOn': 'Updated on {date}',
  'error.generic': 'Something went wrong. Please try again in a moment.',
  'error.network': 'The service is not responding. Check your connection, then try again.',
  'error.tooManyRequests': 'Too many requests in a short time. Try again in {seconds} s.',
  'error.invalidValue': 'The value “{value}” is not recognised.',
};
