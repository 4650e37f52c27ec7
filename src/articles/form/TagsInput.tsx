import {
  AutocompleteArrayInput,
  ReferenceArrayInput,
  useCanAccess,
  useCreate,
  useNotify,
} from 'react-admin';
import type { Tag } from '../../schemas';
import { slugOrFallback } from '../../lib/slugify';

const toQuery = (q: string) => ({ q });

/**
 * Tags searched on the server as the editor types (the tag cloud can be thousands long); a
 * missing tag can be created inline by roles that may create tags.
 */
export const TagsInput = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'tags', action: 'create' });
  const [create] = useCreate<Tag>();
  const notify = useNotify();
  const onCreate = async (filter?: string) => {
    const name = filter?.trim();
    if (!name) return undefined;
    try {
      return await create(
        'tags',
        { data: { name, slug: slugOrFallback(name, new Date(), 80) } },
        { returnPromise: true },
      );
    } catch {
      notify('resources.articles.form.tag_not_created', { type: 'error', messageArgs: { name } });
      return undefined;
    }
  };
  return (
    <ReferenceArrayInput
      source="tagIds"
      reference="tags"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={20}
    >
      <AutocompleteArrayInput
        filterToQuery={toQuery}
        onCreate={canCreate ? onCreate : undefined}
        createItemLabel="resources.articles.form.create_tag"
        fullWidth
      />
    </ReferenceArrayInput>
  );
};
