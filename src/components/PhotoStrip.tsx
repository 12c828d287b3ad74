import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Btn } from './Btn';
import { photoSrc } from '../platform/photos';
import { itemRole, listRole } from './aria';

export interface PhotoStripProps {
  photos: readonly string[];
  /** Names the pictures for screen readers, e.g. "反映照片". */
  what: string;
}

/** Uploaded photos as thumbnails; a tap opens the full picture (WeChat's viewer, or the browser). */
export function PhotoStrip({ photos, what }: PhotoStripProps) {
  if (photos.length === 0) return null;
  const urls = photos.map(photoSrc);
  const open = (url: string) => {
    void Promise.resolve(Taro.previewImage({ current: url, urls })).catch(() => undefined);
  };
  return (
    <View className="photos" {...listRole} {...{ 'aria-label': what }}>
      {urls.map((url, i) => (
        <View key={url} className="photo" {...itemRole}>
          <Btn kind="plain" className="photo__btn" label={`查看${what}第 ${i + 1} 张`} onClick={() => open(url)}>
            <Image className="photo__img" src={url} mode="aspectFill" nativeProps={{ alt: `${what}第 ${i + 1} 张` }} />
          </Btn>
        </View>
      ))}
    </View>
  );
}
