import { Text, View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { formatMoment } from '../../../utils/format';
import { Notice, OutcomeNotice } from '../../../components/Notice';
import type { useApiKeys } from './use-settings-admin';
import { itemRole, listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';

/** Open311 keys for outside systems (e.g. the 12345 hotline): a new key is shown once, with a copy button. */
export function ApiKeys({ k }: { k: ReturnType<typeof useApiKeys> }) {
  const rows = k.keys.data?.keys ?? [];
  return (
    <Card title="接口密钥（Open311）" className="spaced" testId="api-keys">
      <View className="muted">
        其他系统（例如 12345 热线）用密钥通过 Open311 接口提交和查询诉求。密钥只在生成时显示一次，请当场复制保存。
      </View>

      {k.issued ? (
        <View className="notice notice--ok" {...{ role: 'status' }} data-testid="api-key-issued">
          <View>新密钥“{k.issued.name}”已生成。它只显示这一次，离开本页后无法再查看：</View>
          <Text selectable userSelect className="iss-key" data-testid="api-key-value">
            {k.issued.key}
          </Text>
          <View className="row">
            <Btn kind="primary" className="btn--small" onClick={() => void k.copy()} testId="api-key-copy">
              复制密钥
            </Btn>
            <Btn kind="secondary" className="btn--small" onClick={k.dismissIssued}>
              我已保存
            </Btn>
          </View>
          <OutcomeNotice outcome={k.copied} />
        </View>
      ) : null}

      <TextField
        label="密钥给谁用"
        value={k.name}
        onChange={k.setName}
        placeholder="例如：12345 热线对接"
        maxlength={50}
        testId="api-key-name"
      />
      <TextField label="每天最多调用次数" type="number" value={k.limit} onChange={k.setLimit} maxlength={5} />
      <OutcomeNotice outcome={k.outcome} />
      {k.error ? <Notice kind="error">{k.error.message}</Notice> : null}
      <Btn kind="primary" loading={k.busy} onClick={() => void k.issue()} testId="api-key-issue">
        生成新密钥
      </Btn>

      <StatusView loading={k.keys.loading && !k.keys.data} error={k.keys.error} onRetry={k.keys.reload}>
        {rows.length === 0 ? <View className="lead">还没有密钥。</View> : null}
        <View {...listRole} data-testid="api-key-list">
          {rows.map((key) => (
            <View key={key.id} className="card spaced" {...itemRole}>
              <View className="card__title">{key.name}</View>
              <View>
                开头：{key.hint}…　每天最多 {key.dailyLimit} 次
              </View>
              <View className="muted">
                {formatMoment(key.createdAt)} 生成
                {key.status === 'revoked' ? `，${key.revokedAt ? formatMoment(key.revokedAt) : ''} 已作废` : '，使用中'}
              </View>
              {key.status === 'active' ? (
                <Btn
                  kind="danger"
                  className="btn--small"
                  label={`作废“${key.name}”`}
                  onClick={() => void k.revoke(key)}
                >
                  作废
                </Btn>
              ) : null}
            </View>
          ))}
        </View>
      </StatusView>
    </Card>
  );
}
