import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

/** `POST /users/:id/reset-password` → the new temporary password (the user's sessions end). */
export const resetPassword = async (id: number): Promise<string> => {
  const { json } = await httpClient(`${apiUrl}/users/${id}/reset-password`, { method: 'POST' });
  return (json as { temporaryPassword: string }).temporaryPassword;
};
