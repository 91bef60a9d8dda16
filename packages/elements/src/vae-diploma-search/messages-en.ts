import type { DiplomaSearchCatalogue } from './messages.js';

/** The English strings of `<vae-diploma-search>`, fetched only when the page is in English. */
export const en: DiplomaSearchCatalogue = {
  label: 'Diploma or certification',
  placeholder: 'e.g. aide-soignant, BTS MCO',
  hint: 'Type a job, a diploma title or an RNCP code, then choose from the list.',
  suggestions: 'Suggested certifications',
  level: 'Level {level}',
  searching: 'Searching…',
  results: {
    one: '1 certification found. Use the up and down arrows to choose it.',
    other: '{count} certifications found. Use the up and down arrows to browse them.',
  },
  resultsFirst: 'First {count} of {total} certifications. Use the up and down arrows to browse.',
  noResult: 'No certification matches “{query}”.',
  tryTitle: 'Try:',
  tryWord: 'a single word of the title, for example “soignant”;',
  tryType: 'the acronym or type of the diploma: “CAP”, “BTS”, “titre pro”;',
  tryCode: 'the RNCP code of the record: “RNCP35830” or “35830”;',
  tryBrowse: 'or browse the full list.',
  error: 'The search failed.',
  errorNetwork: 'The service is not responding. Check your connection, then try again.',
  errorGeneric: 'Something went wrong. Please try again in a moment.',
  retry: 'Try again',
  selected: 'Selected certification: {label} ({code}).',
  clear: 'Clear',
  browseOpen: 'Browse all certifications',
  browseClose: 'Hide the list of certifications',
};
