import { useCallback, useRef, useState } from 'react';
import { toApiError } from '../api/errors';
import { pickPhotos, releasePhoto, uploadPhoto, type PickedPhoto } from '../platform/photos';

export interface PhotoSlot {
  key: string;
  picked: PickedPhoto;
  status: 'uploading' | 'done' | 'failed';
  path: string | null;
  error: string | null;
}

let slotSeq = 0;

/**
 * Up to `max` photos, each uploaded as soon as it is picked (so the form's
 * submit does not wait on a slow upload it could have started earlier).
 */
export function usePhotoUploads(max: number) {
  const [photos, setPhotos] = useState<PhotoSlot[]>([]);
  const [pickError, setPickError] = useState<string | null>(null);
  const current = useRef(photos);
  current.current = photos;

  const patch = (key: string, change: Partial<PhotoSlot>) =>
    setPhotos((prev) => prev.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const upload = useCallback(async (slot: PhotoSlot) => {
    patch(slot.key, { status: 'uploading', error: null });
    try {
      patch(slot.key, { status: 'done', path: await uploadPhoto(slot.picked) });
    } catch (err) {
      patch(slot.key, { status: 'failed', error: toApiError(err).message });
    }
  }, []);

  const add = useCallback(async () => {
    setPickError(null);
    const room = max - current.current.length;
    if (room <= 0) return;
    let picked: PickedPhoto[];
    try {
      picked = await pickPhotos(room);
    } catch {
      setPickError('没能打开相册，请稍后再试。');
      return;
    }
    const slots = picked
      .slice(0, room)
      .map((p): PhotoSlot => ({ key: `p${++slotSeq}`, picked: p, status: 'uploading', path: null, error: null }));
    if (slots.length === 0) return;
    setPhotos((prev) => [...prev, ...slots].slice(0, max));
    await Promise.all(slots.map(upload));
  }, [max, upload]);

  const remove = useCallback((key: string) => {
    const gone = current.current.find((p) => p.key === key);
    if (gone) releasePhoto(gone.picked);
    setPhotos((prev) => prev.filter((p) => p.key !== key));
  }, []);

  const retry = useCallback(
    (key: string) => {
      const slot = current.current.find((p) => p.key === key);
      if (slot) void upload(slot);
    },
    [upload],
  );

  const reset = useCallback(() => {
    current.current.forEach((p) => releasePhoto(p.picked));
    setPhotos([]);
    setPickError(null);
  }, []);

  /** Why the form cannot be sent yet because of its photos, or null. */
  const blocker = photos.some((p) => p.status === 'uploading')
    ? '照片还在上传，请稍等一下再提交。'
    : photos.some((p) => p.status === 'failed')
      ? '有照片没有传上去：请点“重新上传”，或把它删掉。'
      : null;

  const paths = photos.map((p) => p.path).filter((p): p is string => !!p);

  return { photos, max, add, remove, retry, reset, paths, blocker, pickError };
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>;
