import { Image, View } from '@tarojs/components';
import { Btn } from './Btn';
import type { PhotoSlot, PhotoUploads } from '../hooks/use-photo-uploads';
import { Notice } from './Notice';
import { itemRole, listRole } from './aria';

/** The picked photos with their upload state, 删除 / 重新上传, and 添加照片 while there is room. */
export function PhotoPicker({ uploads, testId }: { uploads: PhotoUploads; testId?: string }) {
  return (
    <View>
      {uploads.photos.length > 0 ? (
        <View {...listRole} {...{ 'aria-label': '已选照片' }}>
          {uploads.photos.map((slot, i) => (
            <PhotoRow
              key={slot.key}
              slot={slot}
              index={i + 1}
              onRemove={() => uploads.remove(slot.key)}
              onRetry={() => uploads.retry(slot.key)}
            />
          ))}
        </View>
      ) : null}
      {uploads.pickError ? <Notice kind="error">{uploads.pickError}</Notice> : null}
      {uploads.photos.length < uploads.max ? (
        <Btn kind="secondary" onClick={() => void uploads.add()} testId={testId}>
          添加照片
        </Btn>
      ) : null}
    </View>
  );
}

function PhotoRow({
  slot,
  index,
  onRemove,
  onRetry,
}: {
  slot: PhotoSlot;
  index: number;
  onRemove: () => void;
  onRetry: () => void;
}) {
  const status =
    slot.status === 'uploading' ? '正在上传……' : slot.status === 'done' ? '已上传' : `上传失败：${slot.error ?? ''}`;
  return (
    <View className="item row" {...itemRole}>
      <Image
        className="photo__img"
        src={slot.picked.preview}
        mode="aspectFill"
        nativeProps={{ alt: `第 ${index} 张照片` }}
      />
      <View className="photo__side">
        <View className={slot.status === 'failed' ? 'photo__status--failed' : undefined} {...{ role: 'status' }}>
          {status}
        </View>
        {slot.status === 'failed' ? (
          <Btn kind="secondary" className="btn--small spaced" label={`重新上传第 ${index} 张照片`} onClick={onRetry}>
            重新上传
          </Btn>
        ) : null}
        <Btn kind="danger" className="btn--small spaced" label={`删除第 ${index} 张照片`} onClick={onRemove}>
          删除
        </Btn>
      </View>
    </View>
  );
}
