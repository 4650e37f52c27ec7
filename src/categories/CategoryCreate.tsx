import { Create } from 'react-admin';
import type { CategoryInput } from '../schemas';
import { CategoryForm } from './CategoryForm';

/** The server clamps a position past the end to "last": a new section joins at the bottom. */
const LAST = 10_000;

export const CategoryCreate = () => (
  <Create redirect="list" transform={(data: CategoryInput) => ({ ...data, position: LAST })}>
    <CategoryForm />
  </Create>
);
