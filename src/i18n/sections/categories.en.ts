export const categoriesEn = {
  name: 'Category |||| Categories',
  fields: {
    name: 'Name',
    'name.en': 'Name (English)',
    'name.ar': 'Name (Arabic)',
    slug: 'Slug',
    parentId: 'Parent category',
    position: 'Position',
    articleCount: 'Articles',
    moveArticlesTo: 'Move the articles to',
    q: 'Search',
  },
  top_level: 'None (top-level section)',
  parent_help: 'The site has two levels: sections and their subsections.',
  errors: {
    cycle: 'A section cannot go under itself or one of its own subsections',
    depth: 'Only two levels: a subsection cannot have subsections, and a section with subsections stays at the top',
    move_target: 'Choose another section for the articles',
  },
  tree: {
    label: 'Sections',
    articles: '%{count} article |||| %{count} articles',
    up: 'Move %{name} up',
    down: 'Move %{name} down',
    indent: 'Make %{name} a subsection of the section above',
    outdent: 'Make %{name} a top-level section',
    moved: 'Section moved',
  },
  delete: {
    label: 'Delete %{name}',
    title: 'Delete the section “%{name}”?',
    empty: 'No article is filed in this section.',
    has_articles:
      '%{count} article is filed in “%{name}”. Choose the section it moves to; the section is deleted in the same step. |||| %{count} articles are filed in “%{name}”. Choose the section they move to; the section is deleted in the same step.',
    move_to: 'Move the articles to',
    move_and_delete: 'Move and delete',
    moved: '%{count} article moved; “%{name}” deleted |||| %{count} articles moved; “%{name}” deleted',
  },
  delete_refused: {
    in_use: 'Not deleted: %{smart_count} article is still in this section |||| Not deleted: %{smart_count} articles are still in this section',
    has_children: 'Not deleted: this section still has %{smart_count} subsection |||| Not deleted: this section still has %{smart_count} subsections',
  },
};
