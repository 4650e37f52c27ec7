import LanguageIcon from '@mui/icons-material/Translate';
import BoltIcon from '@mui/icons-material/Bolt';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';
import { languages } from '../../schemas/enums';

/** Saved queries (filters, sort and page size, kept per browser) and one-click filters. */
export const ArticleListAside = () => (
  <Card
    sx={{
      order: -1,
      marginInlineEnd: 2,
      mt: 8,
      width: 220,
      flexShrink: 0,
      alignSelf: 'flex-start',
    }}
  >
    <CardContent>
      <SavedQueriesList />
      <FilterList label="resources.articles.fields.lang" icon={<LanguageIcon />}>
        {languages.map((lang) => (
          <FilterListItem key={lang} label={`nd.common.languages.${lang}`} value={{ lang }} />
        ))}
      </FilterList>
      <FilterList label="resources.articles.fields.isBreaking" icon={<BoltIcon />}>
        <FilterListItem
          label="resources.articles.filters.breaking_only"
          value={{ isBreaking: true }}
        />
      </FilterList>
    </CardContent>
  </Card>
);
