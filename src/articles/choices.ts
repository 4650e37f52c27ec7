import { articleStatuses, languages } from '../schemas/enums';
import { choicesOf } from '../common/choices';

export const statusChoices = choicesOf(articleStatuses, 'resources.articles.statuses');
export const languageChoices = choicesOf(languages, 'nd.common.languages');
