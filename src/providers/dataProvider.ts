import simpleRestProvider from 'ra-data-simple-rest';
import { apiUrl } from './config';
import { httpClient } from './httpClient';

export const dataProvider = simpleRestProvider(apiUrl, httpClient);
