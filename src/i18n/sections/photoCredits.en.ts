export const photoCreditsEn = {
  name: 'Photo credit |||| Photo credits',
  fields: {
    photographer: 'Photographer',
    agency: 'Agency',
    license: 'License',
    notes: 'Notes',
    usageCount: 'Used in',
    credit: 'Credit line',
    q: 'Search',
  },
  licenses: {
    agency: 'Agency',
    staff: 'Staff',
    handout: 'Handout',
    'creative-commons': 'Creative Commons',
    other: 'Other',
  },
  credit_line: 'Photo by %{credit}',
  paste_help: 'Paste a whole credit line (“Photo by NAME / AFP”) to fill both fields',
  pasted: 'Credit line read into Photographer and Agency',
  preview: 'Credit line as printed',
  preview_empty: 'Shown in English and Arabic once a photographer or agency is typed',
  articles: 'Articles using this credit',
  delete_refused: {
    in_use: 'Not deleted: %{smart_count} article uses this credit |||| Not deleted: %{smart_count} articles use this credit',
    has_children: 'Not deleted |||| Not deleted',
  },
};
