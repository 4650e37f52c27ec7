import { articlesDef } from './api/articles';
import { authHandlers } from './api/auth';
import { crudHandlers } from './api/crud';
import { demoHandlers } from './api/demo';
import { metricsHandlers } from './api/metrics';
import { referenceHandlers } from './api/reference';
import { authorsDef, categoriesDef, photoCreditsDef, tagsDef } from './api/taxonomy';
import { activityDef, revisionsDef, usersDef } from './api/users';
import { restoreHandler } from './api/revisionRestore';
import { dueCheckHandler } from './scheduler';

/** The REST contract of DESIGN.md under `/api`, on any origin; the same list serves browser and Node. */
export const handlers = [
  // First: publishes due scheduled articles, then falls through to the request's own handler.
  dueCheckHandler,
  ...authHandlers,
  ...demoHandlers,
  ...metricsHandlers,
  restoreHandler,
  ...referenceHandlers,
  ...crudHandlers(articlesDef),
  ...crudHandlers(categoriesDef),
  ...crudHandlers(tagsDef),
  ...crudHandlers(authorsDef),
  ...crudHandlers(photoCreditsDef),
  ...crudHandlers(usersDef),
  ...crudHandlers(revisionsDef),
  ...crudHandlers(activityDef),
];
