import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import type { Binding, Invite, StaffMember } from '../../../api/types';
import { useResource } from '../../../hooks/use-resource';

async function confirm(title: string, content: string): Promise<boolean> {
  try {
    const res = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' });
    return !!res.confirm;
  } catch {
    return false;
  }
}

function toast(title: string) {
  void Taro.showToast({ title, icon: 'none', duration: 3000 });
}

/** Invites and staff for the 角色管理 page, and the actions that change them. */
export function useRolesAdmin() {
  const invites = useResource<Invite[]>(() => call('account', 'listInvites'));
  const staff = useResource<StaffMember[]>(() => call('account', 'listStaff'));
  const reloadInvites = invites.reload;
  const reloadStaff = staff.reload;

  /** Resolves with the new invite, or throws an ApiError for the form to show. */
  const createInvite = useCallback(
    async (binding: Binding, note: string): Promise<Invite> => {
      const invite = await call('account', 'createInvite', { binding, note });
      reloadInvites();
      return invite;
    },
    [reloadInvites],
  );

  const revokeInvite = useCallback(
    async (invite: Invite) => {
      if (!(await confirm('作废邀请码', `作废后，邀请码 ${invite.code} 将不能再使用。确定作废吗？`))) return;
      try {
        await call('account', 'revokeInvite', { code: invite.code });
        toast('邀请码已作废');
      } catch (err) {
        toast(toApiError(err).message);
      }
      reloadInvites();
    },
    [reloadInvites],
  );

  const revokeRole = useCallback(
    async (member: StaffMember, binding: Binding, label: string) => {
      if (!(await confirm('撤销身份', `确定撤销${member.name || '此人'}的${label}身份吗？`))) return;
      try {
        await call('account', 'revokeRole', { openid: member.openid, binding });
        toast('身份已撤销');
      } catch (err) {
        toast(toApiError(err).message);
      }
      reloadStaff();
    },
    [reloadStaff],
  );

  return { invites, staff, createInvite, revokeInvite, revokeRole };
}
