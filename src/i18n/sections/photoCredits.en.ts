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
};
