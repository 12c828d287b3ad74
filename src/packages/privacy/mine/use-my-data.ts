import { useState } from 'react';
import { call } from '../../../api/client';
import { toApiError, type ApiError } from '../../../api/errors';
import { clearToken } from '../../../auth/session';
import { useResource } from '../../../hooks/use-resource';
import { saveTextFile, type SaveOutcome } from '../../../platform/download';

/** 我的数据: load what is held, save the two files, delete the account. */
export function useMyData() {
  const data = useResource(() => call('account', 'myData'));
  const [saved, setSaved] = useState<{ name: string; outcome: SaveOutcome } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async (index: number) => {
    const file = data.data?.files[index];
    if (!file) return;
    setError(null);
    try {
      setSaved({ name: file.filename, outcome: await saveTextFile(file) });
    } catch (err) {
      setError(toApiError(err));
    }
  };

  const deleteAccount = async () => {
    setDeleting(true);
    setError(null);
    try {
      await call('account', 'deleteAccount', { confirm: '注销' });
      // The session belonged to the deleted account; in H5 the next visit starts at the login page.
      clearToken();
      setDeleted(true);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setDeleting(false);
    }
  };

  return { data, saved, save, deleting, deleted, error, deleteAccount };
}
