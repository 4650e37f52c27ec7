import { SelectInput, useRecordContext, useTranslate, type SelectInputProps } from 'react-admin';
import type { Activity } from '../schemas';

const resources = ['articles', 'categories', 'tags', 'authors', 'photo-credits', 'users'] as const;

/** Resource names in the plural ("Tags"), as the menu says them; the catalog holds both forms. */
const useResourceChoices = () => {
  const translate = useTranslate();
  return resources.map((id) => ({
    id,
    name: translate(`resources.${id}.name`, { smart_count: 2 }),
  }));
};

export const ResourceFilter = (props: Omit<SelectInputProps, 'choices'>) => (
  <SelectInput {...props} choices={useResourceChoices()} translateChoice={false} />
);

export const ResourceName = (_props: { source?: string }) => {
  const entry = useRecordContext<Activity>();
  const translate = useTranslate();
  if (!entry) return null;
  return (
    <span>
      {translate(`resources.${entry.resource}.name`, { smart_count: 2, _: entry.resource })}
    </span>
  );
};
