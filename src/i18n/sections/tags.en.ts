export const tagsEn = {
  name: 'Tag |||| Tags',
  fields: { name: 'Name', slug: 'Slug', articleCount: 'Articles', mergeIds: 'Tags to merge', q: 'Search' },
  slug_help: 'Follows the name until you change it by hand',
  merge: {
    button: 'Merge',
    title: 'Merge %{smart_count} tag |||| Merge %{smart_count} tags',
    keep: 'Tag to keep',
    option: '%{name} (%{smart_count} article) |||| %{name} (%{smart_count} articles)',
    summary:
      '%{smart_count} article carrying %{others} will carry “%{name}” instead, and %{others} will be deleted. |||| %{smart_count} articles carrying %{others} will carry “%{name}” instead, and %{others} will be deleted.',
    and: ', ',
    confirm: 'Merge',
    done: 'Tags merged: %{smart_count} article changed |||| Tags merged: %{smart_count} articles changed',
    errors: {
      ids: 'Select the tags to merge',
      keep_in_merge: 'The tag you keep cannot also be merged away',
    },
  },
  delete_unused: {
    button: 'Delete unused',
    title: 'Delete %{smart_count} unused tag? |||| Delete %{smart_count} unused tags?',
    content: 'No article uses: %{names}.',
    kept: '%{smart_count} selected tag is in use and will be kept. |||| %{smart_count} selected tags are in use and will be kept.',
    done: '%{smart_count} tag deleted |||| %{smart_count} tags deleted',
  },
  delete_refused: {
    in_use: 'Not deleted: %{smart_count} article is tagged with it |||| Not deleted: %{smart_count} articles are tagged with it',
    has_children: 'Not deleted |||| Not deleted',
  },
};
