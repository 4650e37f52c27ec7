import { DataTable, List, SearchInput, SelectField, SelectInput, useCanAccess } from 'react-admin';
import { licenses, type PhotoCredit } from '../schemas';
import { choicesOf } from '../common/choices';
import { ListActions } from '../common/ListActions';
import { useIntlLocale } from '../common/localeFormat';
import { CreditLineField } from './CreditLineField';

const licenseChoices = choicesOf(licenses, 'resources.photo-credits.licenses');
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="license" source="license" choices={licenseChoices} />,
];

export const PhotoCreditList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'photo-credits', action: 'edit' });
  const locale = useIntlLocale();
  return (
    <List
      filters={filters}
      sort={{ field: 'photographer', order: 'ASC' }}
      actions={<ListActions filters />}
    >
      <DataTable<PhotoCredit>
        rowClick={canEdit ? 'edit' : 'show'}
        bulkActionButtons={canEdit ? undefined : false}
      >
        <DataTable.Col source="photographer" label="resources.photo-credits.fields.credit">
          <CreditLineField />
        </DataTable.Col>
        <DataTable.Col source="agency" />
        <DataTable.Col source="license">
          <SelectField source="license" choices={licenseChoices} />
        </DataTable.Col>
        <DataTable.NumberCol source="usageCount" locales={locale} />
      </DataTable>
    </List>
  );
};
