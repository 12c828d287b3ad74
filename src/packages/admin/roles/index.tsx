import { View } from '@tarojs/components';
import type { Binding } from '../../../api/types';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { useMe } from '../../../hooks/use-me';
import { formatMoment } from '../../../utils/format';
import { InviteForm } from './InviteForm';
import { grantableRoles, INVITE_STATUS } from './roles';
import { useRolesAdmin } from './use-roles-admin';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { Card } from '../../../components/Card';

function RolesAdminScreen() {
  const me = useMe();
  const { invites, staff, createInvite, revokeInvite, revokeRole } = useRolesAdmin();
  usePullRefresh(invites, staff);
  const options = grantableRoles(me.data?.roles.map((r) => r.role) ?? []);

  return (
    <Page title="角色管理">
      <Card title="发放邀请码">
        <StatusView loading={me.loading && !me.data} error={me.error} onRetry={me.reload}>
          {options.length > 0 ? (
            <InviteForm options={options} onCreate={createInvite} />
          ) : (
            <View>只有社区管理员和街道管理员可以发放邀请码。</View>
          )}
        </StatusView>
      </Card>

      <Card title="已发放的邀请码">
        <StatusView loading={invites.loading && !invites.data} error={invites.error} onRetry={invites.reload}>
          {invites.data && invites.data.length === 0 ? <View>还没有发放过邀请码。</View> : null}
          {(invites.data ?? []).map((inv) => (
            <View key={inv.code} className="item" data-testid={`invite-${inv.code}`}>
              <View className="row">
                <View className="code">{inv.code}</View>
                <View className={inv.status === 'open' ? 'tag' : 'tag tag--quiet'}>
                  {INVITE_STATUS[inv.status] ?? inv.status}
                </View>
              </View>
              <View>
                {inv.placeName} · {inv.roleLabel}
              </View>
              {inv.note ? <View className="muted">备注：{inv.note}</View> : null}
              <View className="muted">
                {inv.status === 'open'
                  ? `有效期至 ${formatMoment(inv.expiresAt)}`
                  : `发放于 ${formatMoment(inv.createdAt)}`}
              </View>
              {inv.status === 'open' ? (
                <Btn
                  kind="danger"
                  className="btn--small"
                  label={`作废邀请码 ${inv.code}`}
                  onClick={() => void revokeInvite(inv)}
                >
                  作废
                </Btn>
              ) : null}
            </View>
          ))}
        </StatusView>
      </Card>

      <Card title="工作人员">
        <StatusView loading={staff.loading && !staff.data} error={staff.error} onRetry={staff.reload}>
          {staff.data && staff.data.length === 0 ? <View>您管理的范围内还没有工作人员。</View> : null}
          {(staff.data ?? []).map((member) => (
            <View key={member.openid} className="item">
              <View className="msg__title">{member.name || member.openid}</View>
              {member.roles.map((r) =>
                r.binding ? (
                  <View key={`${r.role}-${r.placeName}`} className="row spaced">
                    <View>
                      {r.label} · {r.placeName}
                    </View>
                    {member.openid === me.data?.openid ? (
                      // The server refuses it too: nobody revokes their own role.
                      <View className="muted">本人</View>
                    ) : (
                      <Btn
                        kind="danger"
                        className="btn--small"
                        label={`撤销${member.name || member.openid}的${r.label}身份`}
                        onClick={() => void revokeRole(member, r.binding as Binding, r.label)}
                      >
                        撤销
                      </Btn>
                    )}
                  </View>
                ) : null,
              )}
            </View>
          ))}
        </StatusView>
      </Card>
    </Page>
  );
}

export default function RolesAdmin() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <RolesAdminScreen />
    </StaffOnly>
  );
}
