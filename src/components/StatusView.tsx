import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/errors';
import { Btn } from './Btn';

export interface StatusViewProps {
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
  /** Rendered once loaded without error. */
  children: ReactNode;
  loadingText?: string;
}

/** Loading and error states in plain words, always with a way forward (重试). */
export function StatusView({ loading, error, onRetry, children, loadingText = '正在加载，请稍候……' }: StatusViewProps) {
  if (error) {
    return (
      <View className="status status--error" {...{ role: 'alert' }}>
        <View className="status__text">{error.message}</View>
        <Btn kind="primary" onClick={onRetry}>
          重试
        </Btn>
      </View>
    );
  }
  if (loading) {
    return (
      <View className="status" {...{ role: 'status' }}>
        <View className="status__text">{loadingText}</View>
      </View>
    );
  }
  return <>{children}</>;
}
