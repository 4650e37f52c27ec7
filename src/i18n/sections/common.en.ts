export const commonEn = {
  not_found: 'This record no longer exists',
  unreachable: 'The server cannot be reached. Nothing was lost: try again in a moment.',
  time_zone: 'Times in %{zone}',
  languages: { en: 'English', ar: 'Arabic' },
};
