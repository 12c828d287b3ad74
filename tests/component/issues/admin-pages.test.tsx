import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import AddressRulesPage from '../../../src/packages/workbench/address-rules/index';
import Workbench from '../../../src/packages/workbench/index';
import SettingsPage from '../../../src/packages/workbench/settings/index';
import { action, failing, installFetch, type Route, type SeenRequest } from '../fake-fetch';
import Taro from '../taro-double';
import { communityAdminMe, gridWorkerMe } from './fixtures';
import { pressPickerButton, turnWheel, wheelLabel, wheelLabels } from '../../helpers/taro-picker';

const bodies = (seen: SeenRequest[], name: string) =>
  seen
    .filter((r) => (r.body as { action?: string } | undefined)?.action === name)
    .map((r) => r.body as Record<string, unknown>);

const districtMe = {
  openid: 'demo-district-admin',
  name: '赵强',
  phone: null,
  roles: [{ role: 'district_admin', label: '街道管理员', placeName: '湖岛街道', binding: { role: 'district_admin' } }],
};

const grids = {
  communities: [
    {
      id: 'c-yichang',
      name: '宜昌路社区',
      branches: [
        {
          id: 'b-yc-1',
          name: '宜昌路第一网格党支部',
          grids: [
            { id: 'g-01', name: '宜昌路南网格', area: '' },
            { id: 'g-02', name: '宜昌路北网格', area: '' },
          ],
        },
        { id: 'b-yc-2', name: '万安一路网格党支部', grids: [{ id: 'g-03', name: '万安一路南网格', area: '' }] },
      ],
    },
  ],
};
const rule = (
  id: string,
  street: string,
  from: number,
  to: number,
  parity: 'odd' | 'even' | 'all',
  gridId: string,
  gridName: string,
) => ({ _id: id, id, street, from, to, parity, gridId, gridName, communityId: 'c-yichang' });
const rules = [
  rule('r-001', '宜昌路', 1, 99, 'odd', 'g-01', '宜昌路南网格'),
  rule('r-004', '万安一路', 1, 40, 'all', 'g-03', '万安一路南网格'),
];

beforeEach(() => saveToken('t'));

describe('地址规则', () => {
  const world = (...extra: Route[]) =>
    installFetch(
      ...extra,
      action('issues', 'addressRules', () => ({ rules })),
      action('issues', 'grids', () => grids),
      action('issues', 'saveAddressRule', (input) => ({ ...input, id: 'r-new', _id: 'r-new' })),
      action('issues', 'removeAddressRule', () => ({ removed: true })),
    );

  it('lists each rule with the grid it routes to', async () => {
    world();
    render(<AddressRulesPage />);
    const item = await screen.findByTestId('rule-r-001');
    expect(item.textContent).toContain('宜昌路 1–99 号（只算单号）');
    expect(item.textContent).toContain('分到：宜昌路南网格');
    expect(within(screen.getByTestId('rule-list')).getAllByRole('listitem')).toHaveLength(2);
  });

  it('checks the range before sending, then saves a new rule', async () => {
    const { seen } = world();
    render(<AddressRulesPage />);
    await screen.findByTestId('rule-r-001');
    fireEvent.input(await screen.findByLabelText('街道名称'), { target: { value: ' 宜昌路 ' } });
    fireEvent.input(await screen.findByLabelText('起始门牌号'), { target: { value: '320' } });
    fireEvent.input(await screen.findByLabelText('结束门牌号'), { target: { value: '250' } });
    fireEvent.click(screen.getByRole('radio', { name: '宜昌路北网格（宜昌路第一网格党支部）' }));
    fireEvent.click(screen.getByRole('button', { name: '保存规则' }));
    expect((await screen.findByRole('alert')).textContent).toContain('起始门牌号不能大于结束门牌号');
    expect(bodies(seen, 'saveAddressRule')).toHaveLength(0);

    fireEvent.input(await screen.findByLabelText('起始门牌号'), { target: { value: '250' } });
    fireEvent.input(await screen.findByLabelText('结束门牌号'), { target: { value: '320' } });
    fireEvent.click(screen.getByRole('radio', { name: '只算双号' }));
    fireEvent.click(screen.getByRole('button', { name: '保存规则' }));
    expect((await screen.findByTestId('rule-done')).textContent).toContain(
      '宜昌路 250–320 号（只算双号）归宜昌路北网格',
    );
    expect(bodies(seen, 'saveAddressRule')).toEqual([
      { action: 'saveAddressRule', street: '宜昌路', from: 250, to: 320, parity: 'even', gridId: 'g-02' },
    ]);
    // The list is read again so it shows the new rule.
    await waitFor(() => expect(bodies(seen, 'addressRules').length).toBe(2));
  });

  it('edits a rule with its id, and deletes one after asking', async () => {
    const { seen } = world();
    render(<AddressRulesPage />);
    fireEvent.click(await screen.findByRole('button', { name: '修改 万安一路 1–40 号' }));
    expect(((await screen.findByLabelText('结束门牌号')) as HTMLInputElement).value).toBe('40');
    fireEvent.input(await screen.findByLabelText('结束门牌号'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await screen.findByTestId('rule-done');
    expect(bodies(seen, 'saveAddressRule')[0]).toEqual({
      action: 'saveAddressRule',
      id: 'r-004',
      street: '万安一路',
      from: 1,
      to: 45,
      parity: 'all',
      gridId: 'g-03',
    });

    fireEvent.click(screen.getByRole('button', { name: '删除 宜昌路 1–99 号' }));
    await waitFor(() => expect(screen.getByTestId('rule-done').textContent).toContain('已删除'));
    expect(Taro.showModal).toHaveBeenCalled();
    expect(bodies(seen, 'removeAddressRule')).toEqual([{ action: 'removeAddressRule', id: 'r-001' }]);
  });

  it('shows the server refusal of a save (a grid outside the admin’s community)', async () => {
    world(failing('issues', 'saveAddressRule', 'PERMISSION_DENIED', '社区管理员只能维护本社区网格的地址规则', 403));
    render(<AddressRulesPage />);
    await screen.findByTestId('rule-r-001');
    fireEvent.input(await screen.findByLabelText('街道名称'), { target: { value: '宜昌路' } });
    fireEvent.input(await screen.findByLabelText('起始门牌号'), { target: { value: '1' } });
    fireEvent.input(await screen.findByLabelText('结束门牌号'), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('radio', { name: /宜昌路南网格/ }));
    fireEvent.click(screen.getByRole('button', { name: '保存规则' }));
    expect((await screen.findByTestId('rule-error')).textContent).toBe('社区管理员只能维护本社区网格的地址规则');
  });

  it('tells a grid worker the page is for admins and leads back, without a retry', async () => {
    installFetch(
      failing('issues', 'addressRules', 'PERMISSION_DENIED', '您没有权限', 403),
      action('issues', 'grids', () => grids),
    );
    render(<AddressRulesPage />);
    expect((await screen.findByTestId('staff-only')).textContent).toContain('工作人员');
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
    fireEvent.click(within(screen.getByTestId('staff-only')).getByRole('button', { name: '返回首页' }));
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' }));
  });
});

describe('系统设置', () => {
  const settings = {
    dailyLimit: 5,
    autoCloseDays: 7,
    remindLeadHours: { accept: 4, resolve: 24 },
    escalationStepWorkingDays: 1,
    acceptWorkingDays: 1,
    holidays: ['2026-10-01', '2026-10-02'],
    workdays: ['2026-09-27'],
    holidaysNote: '2026 年按国务院办公厅通知。',
  };
  const categories = {
    categories: [
      { code: 'flyers', name: '小广告与环境卫生', resolveDays: 3, public: true },
      { code: 'other', name: '其他', resolveDays: 10, public: false },
    ],
  };
  const keys = {
    keys: [
      {
        id: 'a'.repeat(64),
        name: '演示密钥',
        hint: 'demo-o',
        status: 'active',
        dailyLimit: 500,
        createdAt: '2026-11-01T02:00:00.000Z',
        createdBy: 'seed',
        revokedAt: null,
      },
    ],
  };
  const world = (...extra: Route[]) =>
    installFetch(
      ...extra,
      action('issues', 'settings', () => settings),
      action('issues', 'categories', () => categories),
      action('issues', 'listApiKeys', () => keys),
      action('issues', 'updateSettings', (input) => ({ ...settings, ...input })),
      action('issues', 'updateCategory', (input) => ({ ...categories.categories[0], ...input })),
      action('issues', 'issueApiKey', (input) => ({
        key: 'o311_secretsecret',
        id: 'b'.repeat(64),
        name: input.name,
        hint: 'o311_s',
        dailyLimit: input.dailyLimit,
      })),
      action('issues', 'revokeApiKey', (input) => ({ id: input.id, status: 'revoked' })),
    );

  it('saves only what changed in the limit and the calendar, and refuses a malformed date', async () => {
    const { seen } = world();
    render(<SettingsPage />);
    await waitFor(() => expect((screen.getByLabelText('每人每天最多反映件数') as HTMLInputElement).value).toBe('5'));
    fireEvent.input(await screen.findByLabelText('节假日（不算工作日）'), {
      target: { value: '2026-10-01\n2026/10/02' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect((await screen.findByTestId('settings-outcome')).textContent).toContain('2026/10/02');
    expect(bodies(seen, 'updateSettings')).toHaveLength(0);

    fireEvent.input(await screen.findByLabelText('每人每天最多反映件数'), { target: { value: '8' } });
    fireEvent.input(await screen.findByLabelText('节假日（不算工作日）'), {
      target: { value: '2026-10-03, 2026-10-01\n2026-10-02' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(screen.getByTestId('settings-outcome').textContent).toContain('设置已保存'));
    expect(bodies(seen, 'updateSettings')).toEqual([
      { action: 'updateSettings', dailyLimit: 8, holidays: ['2026-10-01', '2026-10-02', '2026-10-03'] },
    ]);
  });

  it('adds a make-up workday picked on the date wheel, once', async () => {
    const { seen } = world();
    render(<SettingsPage />);
    await waitFor(() =>
      expect((screen.getByLabelText('调休上班日（周末也算工作日）') as HTMLTextAreaElement).value).toBe('2026-09-27'),
    );
    for (const day of ['2026-10-10', '2026-10-10']) {
      await waitFor(() => expect(document.querySelectorAll('.weui-picker__overlay')).toHaveLength(2));
      fireEvent.click(screen.getByTestId('settings-add-workday'));
      await waitFor(() => expect(wheelLabel(0)).not.toBe(''));
      const labels = wheelLabels(day);
      for (let column = 0; column < labels.length; column++) {
        await waitFor(async () => expect(await turnWheel({ column, label: labels[column] })).toBe(true));
        await waitFor(() => expect(wheelLabel(column)).toBe(labels[column]));
      }
      act(() => {
        expect(pressPickerButton('确定')).toBe(true);
      });
      await waitFor(() => expect(wheelLabel(0)).toBe(''));
    }
    expect((screen.getByLabelText('调休上班日（周末也算工作日）') as HTMLTextAreaElement).value).toBe(
      '2026-09-27\n2026-10-10',
    );
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(screen.getByTestId('settings-outcome').textContent).toContain('设置已保存'));
    expect(bodies(seen, 'updateSettings')).toEqual([
      { action: 'updateSettings', workdays: ['2026-09-27', '2026-10-10'] },
    ]);
  });

  it('changes a category’s limit and makes it private', async () => {
    const { seen } = world();
    render(<SettingsPage />);
    fireEvent.input(await screen.findByLabelText('小广告与环境卫生：办结时限（工作日）'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('switch', { name: '小广告与环境卫生：对其他居民公开' }));
    fireEvent.click(screen.getByRole('button', { name: '保存“小广告与环境卫生”' }));
    expect((await screen.findByTestId('category-outcome')).textContent).toContain('4 个工作日内办结');
    expect(bodies(seen, 'updateCategory')).toEqual([
      { action: 'updateCategory', code: 'flyers', resolveDays: 4, public: false },
    ]);
  });

  it('shows a new key once with a copy button, and revokes a key after asking', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { seen } = world();
    render(<SettingsPage />);
    fireEvent.input(await screen.findByLabelText('密钥给谁用'), { target: { value: '12345 热线对接' } });
    fireEvent.click(screen.getByRole('button', { name: '生成新密钥' }));
    expect((await screen.findByTestId('api-key-value')).textContent).toBe('o311_secretsecret');
    expect(bodies(seen, 'issueApiKey')).toEqual([{ action: 'issueApiKey', name: '12345 热线对接', dailyLimit: 500 }]);
    fireEvent.click(screen.getByRole('button', { name: '复制密钥' }));
    expect(await screen.findByText(/已复制/)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('o311_secretsecret');
    fireEvent.click(screen.getByRole('button', { name: '我已保存' }));
    expect(screen.queryByTestId('api-key-value')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '作废“演示密钥”' }));
    expect(await screen.findByText('“演示密钥”已作废。')).toBeTruthy();
    expect(bodies(seen, 'revokeApiKey')).toEqual([{ action: 'revokeApiKey', id: 'a'.repeat(64) }]);
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('tells a community admin the page is for district admins', async () => {
    world(failing('issues', 'listApiKeys', 'PERMISSION_DENIED', '您没有权限', 403));
    render(<SettingsPage />);
    expect((await screen.findByTestId('staff-only')).textContent).toContain('工作人员');
    expect(screen.queryByRole('button', { name: '保存设置' })).toBeNull();
  });
});

describe('诉求工作台 admin links', () => {
  const base = (me: unknown) =>
    installFetch(
      action('account', 'me', () => me),
      action('issues', 'queueCounts', () => ({ queues: [] })),
      action('issues', 'grids', () => grids),
      action('issues', 'categories', () => ({ categories: [] })),
      action('issues', 'queue', () => ({ queue: 'pending', label: '', items: [], total: 0, page: 1, pageSize: 20 })),
    );

  it('shows both admin pages to a district admin', async () => {
    base(districtMe);
    render(<Workbench />);
    fireEvent.click(await screen.findByRole('button', { name: '系统设置' }));
    expect(screen.getByRole('button', { name: '地址规则' })).toBeTruthy();
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/workbench/settings/index' }));
  });

  it('shows 地址规则 only to a community admin, and neither to a grid worker', async () => {
    base(communityAdminMe);
    const { unmount } = render(<Workbench />);
    expect(await screen.findByRole('button', { name: '地址规则' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '系统设置' })).toBeNull();
    unmount();

    base(gridWorkerMe);
    render(<Workbench />);
    await screen.findByText('这里暂时没有诉求。');
    expect(screen.queryByRole('button', { name: '地址规则' })).toBeNull();
    expect(screen.queryByRole('button', { name: '系统设置' })).toBeNull();
  });
});
