import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getToken, saveToken } from '../../../src/auth/session';
import MyDataPage from '../../../src/packages/privacy/mine/index';
import { action, installFetch, type Route } from '../fake-fetch';

const DATA = {
  sections: [
    { title: '我的账号', items: [{ heading: '张丽', lines: ['电话：13800000002'] }] },
    { title: '我监护的老人', items: [{ heading: '张德顺（子女）', lines: ['出生日期：1934-05-01'] }] },
    { title: '我反映的问题', items: [] },
  ],
  files: [
    { filename: '我的数据-20261130.txt', mimeType: 'text/plain; charset=utf-8', content: '党群e家 · 我的数据' },
    { filename: '我的数据-20261130.json', mimeType: 'application/json; charset=utf-8', content: '{}' },
  ],
};

beforeEach(() => {
  saveToken('tok-1');
  (URL as unknown as { createObjectURL: unknown }).createObjectURL = jest.fn(() => 'blob:x');
  (URL as unknown as { revokeObjectURL: unknown }).revokeObjectURL = jest.fn();
});

it('shows every section of what is held, including empty ones', async () => {
  installFetch(action('account', 'myData', () => DATA));
  render(<MyDataPage />);
  expect(await screen.findByText('张德顺（子女）')).toBeTruthy();
  expect(screen.getByText('我反映的问题（0）')).toBeTruthy();
  expect(screen.getByText('电话：13800000002')).toBeTruthy();
});

it('downloads the readable file', async () => {
  installFetch(action('account', 'myData', () => DATA));
  render(<MyDataPage />);
  fireEvent.click(await screen.findByRole('button', { name: '下载文字版（方便阅读）' }));
  expect((await screen.findByTestId('download-done')).textContent).toContain('我的数据-20261130.txt：已下载');
});

it('deletes the account only after 注销 is typed, then ends the session', async () => {
  let body: unknown = null;
  const del: Route = (req) => {
    if ((req.body as { action?: string }).action !== 'deleteAccount') return undefined;
    body = req.body;
    return { json: { ok: true, data: { accountErased: true } } };
  };
  installFetch(
    action('account', 'myData', () => DATA),
    del,
  );
  render(<MyDataPage />);
  const button = await screen.findByRole('button', { name: '注销我的账号' });
  expect(button.getAttribute('aria-disabled')).toBe('true');
  fireEvent.input(screen.getByLabelText('请输入“注销”两个字确认'), { target: { value: '注销' } });
  await waitFor(() =>
    expect(screen.getByRole('button', { name: '注销我的账号' }).getAttribute('aria-disabled')).toBeNull(),
  );
  fireEvent.click(screen.getByRole('button', { name: '注销我的账号' }));
  expect((await screen.findByTestId('account-deleted')).textContent).toContain('已注销');
  expect(body).toEqual({ action: 'deleteAccount', confirm: '注销' });
  expect(getToken()).toBeNull();
});

it('says why a staff member cannot delete yet', async () => {
  installFetch(
    action('account', 'myData', () => DATA),
    (req) =>
      (req.body as { action?: string }).action === 'deleteAccount'
        ? {
            status: 409,
            json: {
              ok: false,
              error: {
                code: 'FAILED_PRECONDITION',
                message: '您还有工作人员身份，请先请管理员撤销身份，再注销账号',
                details: { reason: 'STAFF_CANNOT_DELETE' },
              },
            },
          }
        : undefined,
  );
  render(<MyDataPage />);
  fireEvent.input(await screen.findByLabelText('请输入“注销”两个字确认'), { target: { value: '注销' } });
  fireEvent.click(screen.getByRole('button', { name: '注销我的账号' }));
  expect((await screen.findByRole('alert')).textContent).toContain('请先请管理员撤销身份');
});
