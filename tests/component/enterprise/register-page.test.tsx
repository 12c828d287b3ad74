import { fireEvent, render, screen } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import Register from '../../../src/packages/enterprise/register/index';
import { action, failing, installFetch } from '../fake-fetch';
import { resetTaroDouble, taroDouble } from '../taro-double';
import { PENDING_VIEW } from './fixtures';

beforeEach(() => {
  resetTaroDouble();
  saveToken('t');
});

const calls = (seen: Array<{ body: unknown }>, name: string) =>
  seen.filter((r) => (r.body as { action?: string })?.action === name).map((r) => r.body as Record<string, unknown>);

function fill(code: string) {
  fireEvent.input(screen.getByLabelText('企业名称'), { target: { value: '青岛湖岛新材料有限公司' } });
  fireEvent.input(screen.getByLabelText('统一社会信用代码'), { target: { value: code } });
  fireEvent.click(screen.getByRole('radio', { name: '制造业' }));
  fireEvent.click(screen.getByRole('radio', { name: '小型' }));
  fireEvent.input(screen.getByLabelText('经营地址'), { target: { value: '美青工业园 9 号厂房' } });
  fireEvent.input(screen.getByLabelText('联系人'), { target: { value: '韩雪' } });
  fireEvent.input(screen.getByLabelText('联系电话'), { target: { value: '13900000021' } });
}

describe('登记企业 page', () => {
  it('catches a mistyped credit code on the phone, before anything is sent', async () => {
    const { seen } = installFetch(action('enterprise', 'register', () => PENDING_VIEW));
    render(<Register />);
    await screen.findByLabelText('企业名称');
    fill('91370203MADX00008J');
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }));
    expect((await screen.findByRole('alert')).textContent).toContain('校验位不对');
    expect(calls(seen, 'register')).toEqual([]);
  });

  it('sends the registration and says what happens next', async () => {
    const { seen } = installFetch(action('enterprise', 'register', () => PENDING_VIEW));
    render(<Register />);
    await screen.findByLabelText('企业名称');
    fill('9137 0203 madx 0000 8h');
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }));
    expect((await screen.findByRole('status')).textContent).toContain('街道核实后会通知您');
    expect(calls(seen, 'register')[0]).toMatchObject({
      name: '青岛湖岛新材料有限公司',
      creditCode: '9137 0203 madx 0000 8h',
      industry: 'manufacturing',
      size: 'small',
      contactPhone: '13900000021',
    });
    expect(screen.getByRole('button', { name: '返回企业直通车' })).toBeTruthy();
  });

  it('shows the server’s refusal of a code already registered, keeping the form', async () => {
    installFetch(
      failing(
        'enterprise',
        'register',
        'CONFLICT',
        '这家企业已经登记过了。请联系本企业已登记的联系人发给您邀请码，或联系街道经济工作组',
        409,
      ),
    );
    render(<Register />);
    await screen.findByLabelText('企业名称');
    fill('91370203MADX00008H');
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }));
    expect((await screen.findByRole('alert')).textContent).toContain('邀请码');
    expect(screen.getByRole('button', { name: '提交登记' })).toBeTruthy();
  });

  it('corrects a rejected registration: fields filled in, code fixed, sent with the version seen', async () => {
    taroDouble.routerParams = { id: 'ent-new' };
    const rejected = {
      ...PENDING_VIEW,
      status: 'rejected',
      statusLabel: '未通过核实',
      rejectReason: '地址不符',
      version: 2,
    };
    const { seen } = installFetch(
      action('enterprise', 'get', () => rejected),
      action('enterprise', 'resubmit', () => ({ ...rejected, status: 'pending', version: 3 })),
    );
    render(<Register />);
    expect(((await screen.findByLabelText('经营地址')) as HTMLInputElement).value).toBe(PENDING_VIEW.address);
    expect(screen.queryByLabelText('统一社会信用代码')).toBeNull();
    fireEvent.input(screen.getByLabelText('经营地址'), { target: { value: '美青工业园 9 号厂房二层' } });
    fireEvent.click(screen.getByRole('button', { name: '重新提交' }));
    expect((await screen.findByRole('status')).textContent).toContain('已重新提交');
    expect(calls(seen, 'resubmit')[0]).toMatchObject({
      enterpriseId: 'ent-new',
      version: 2,
      address: '美青工业园 9 号厂房二层',
    });
  });
});
