import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import PartnerApply from '../../../src/packages/eldercare/partner-apply/index';
import {
  checkPartnerDraft,
  EMPTY_PARTNER_DRAFT,
} from '../../../src/packages/eldercare/partner-apply/use-partner-apply';
import { action, failing, installFetch } from '../fake-fetch';

const application = (over: Record<string, unknown> = {}) => ({
  id: 'app-1',
  name: '万安物业',
  kind: '物业公司',
  description: '每周二上门维修水管',
  contactName: '刘师傅',
  contactPhone: '13800000099',
  status: 'pending',
  statusLabel: '待审核',
  decisionReason: null,
  decidedAt: null,
  partnerId: null,
  createdAt: '2026-11-26T02:00:00.000Z',
  ...over,
});

beforeEach(() => saveToken('t'));

async function fill() {
  fireEvent.input(await screen.findByLabelText('单位名称'), { target: { value: '万安物业' } });
  fireEvent.click(screen.getByRole('radio', { name: '物业公司' }));
  fireEvent.input(await screen.findByLabelText('能为老人提供什么服务'), { target: { value: '每周二上门维修水管' } });
  fireEvent.input(await screen.findByLabelText('联系人'), { target: { value: '刘师傅' } });
  fireEvent.input(await screen.findByLabelText('联系电话'), { target: { value: '13800000099' } });
}

describe('申请成为红色合伙人 page', () => {
  it('sends the form, then shows the application under 我的申请 and hides the form while it is pending', async () => {
    let mine: unknown[] = [];
    const { seen } = installFetch(
      action('eldercare', 'myApplications', () => mine),
      action('eldercare', 'applyPartner', () => {
        mine = [application()];
        return mine[0];
      }),
    );
    render(<PartnerApply />);
    expect(await screen.findByText('您还没有提交过申请。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '填写申请' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '我的申请' })).toBeTruthy();
    await fill();
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect((await screen.findByRole('status')).textContent).toContain('申请已提交');
    expect(seen.find((r) => (r.body as { action?: string }).action === 'applyPartner')?.body).toMatchObject({
      name: '万安物业',
      kind: '物业公司',
      contactName: '刘师傅',
      contactPhone: '13800000099',
    });
    const item = await screen.findByTestId('my-application-app-1');
    expect(within(item).getByText('待审核')).toBeTruthy();
    expect(screen.getByTestId('apply-pending')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交申请' })).toBeNull();
  });

  it('says what is missing before sending, and shows the reason of a rejection', async () => {
    const { seen } = installFetch(
      action('eldercare', 'myApplications', () => [
        application({ status: 'rejected', statusLabel: '未批准', decisionReason: '请补充营业执照' }),
      ]),
      failing('eldercare', 'applyPartner', 'INVALID_ARGUMENT', '请输入正确的手机号或座机号'),
    );
    render(<PartnerApply />);
    expect(await screen.findByText('请补充营业执照')).toBeTruthy();
    expect(screen.getByText(/没有通过。您可以按审核意见修改后重新申请/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请填写单位名称');
    expect(seen.some((r) => (r.body as { action?: string }).action === 'applyPartner')).toBe(false);
  });

  it('checks the draft with the server limits', () => {
    const ok = {
      name: '万安物业',
      kind: '物业公司' as const,
      description: '上门维修水管',
      contactName: '刘',
      contactPhone: '0532-83850000',
    };
    expect(checkPartnerDraft(ok)).toBeNull();
    expect(checkPartnerDraft({ ...ok, kind: null })).toContain('单位类型');
    expect(checkPartnerDraft({ ...ok, contactPhone: '12345' })).toContain('手机号');
    expect(checkPartnerDraft(EMPTY_PARTNER_DRAFT)).toContain('单位名称');
  });

  it('has one primary action, 提交申请, in the bar at the bottom of the form', async () => {
    installFetch(action('eldercare', 'myApplications', () => []));
    render(<PartnerApply />);
    expect(await screen.findByText('您还没有提交过申请。')).toBeTruthy();
    const primaries = Array.from(document.querySelectorAll('.btn--primary'));
    expect(primaries.map((b) => b.textContent)).toEqual(['提交申请']);
    expect(screen.getByTestId('action-bar').contains(primaries[0])).toBe(true);
  });

  it('offers a retry when 我的申请 cannot load', async () => {
    installFetch(failing('eldercare', 'myApplications', 'INTERNAL', 'x', 500));
    render(<PartnerApply />);
    await waitFor(() => expect(screen.getByRole('button', { name: /重试|再试/ })).toBeTruthy());
  });
});
