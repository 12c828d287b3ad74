import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import StaffIssuePage from '../../../src/packages/workbench/issue/index';
import { availableActions } from '../../../src/packages/workbench/lib/actions';
import { action, failing, installFetch, type SeenRequest } from '../fake-fetch';
import { taroDouble } from '../taro-double';
import type { IssueStateName } from '../../../src/issues/types';
import { communityAdminMe, gridWorkerMe, staffDetail } from './fixtures';

const bodies = (seen: SeenRequest[], name: string) =>
  seen.filter((r) => (r.body as { action?: string } | undefined)?.action === name).map((r) => r.body);
const templates = ['您好，您反映的情况已收到，网格员将于今天到现场查看。', '楼道小广告已组织清理完毕。'];

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'iss_1' };
});

describe('办理诉求 page', () => {
  it('accepts with the version it showed', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => gridWorkerMe),
      action('issues', 'get', () => staffDetail()),
      action('issues', 'templates', () => ({ category: 'flyers', templates })),
      action('issues', 'accept', () => ({ id: 'iss_1', state: 'accepted', version: 4 })),
    );
    render(<StaffIssuePage />);
    fireEvent.click(await screen.findByRole('radio', { name: '受理' }));
    fireEvent.click(screen.getByRole('button', { name: '确定受理' }));
    expect((await screen.findByTestId('action-notice')).textContent).toContain('已受理');
    expect(bodies(seen, 'accept')).toEqual([{ action: 'accept', id: 'iss_1', version: 3, note: '' }]);
  });

  it('on CONFLICT says someone else handled it and reloads the issue', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => gridWorkerMe),
      action('issues', 'get', () => staffDetail()),
      action('issues', 'templates', () => ({ category: 'flyers', templates })),
      failing('issues', 'accept', 'CONFLICT', '这件诉求刚被其他工作人员处理过，请刷新后再试', 409),
    );
    render(<StaffIssuePage />);
    fireEvent.click(await screen.findByRole('radio', { name: '受理' }));
    fireEvent.click(screen.getByRole('button', { name: '确定受理' }));
    expect((await screen.findByTestId('action-notice')).textContent).toContain('已被他人处理，已为您刷新');
    await waitFor(() => expect(bodies(seen, 'get')).toHaveLength(2));
  });

  it('inserts a reply template into the progress note', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => gridWorkerMe),
      action('issues', 'get', () => staffDetail({ state: 'accepted', stateLabel: '已受理' })),
      action('issues', 'templates', () => ({ category: 'flyers', templates })),
      action('issues', 'update', () => ({ id: 'iss_1', state: 'in_progress', version: 4 })),
    );
    render(<StaffIssuePage />);
    fireEvent.click(await screen.findByRole('radio', { name: '发布进展' }));
    fireEvent.click(await screen.findByRole('button', { name: `插入模板：${templates[0]}` }));
    fireEvent.click(screen.getByRole('button', { name: '确定发布进展' }));
    await waitFor(() =>
      expect(bodies(seen, 'update')).toEqual([
        { action: 'update', id: 'iss_1', version: 3, note: templates[0], photos: [] },
      ]),
    );
  });

  it('marks a duplicate by the original ticket number', async () => {
    const { seen } = installFetch(
      action('account', 'me', () => gridWorkerMe),
      action('issues', 'get', (input) =>
        input.ticketNo ? staffDetail({ id: 'iss_orig', ticketNo: '20261120-0001' }) : staffDetail(),
      ),
      action('issues', 'templates', () => ({ category: 'flyers', templates })),
      action('issues', 'markDuplicate', () => ({ id: 'iss_1', state: 'duplicate', version: 4 })),
    );
    render(<StaffIssuePage />);
    fireEvent.click(await screen.findByRole('radio', { name: '标记重复' }));
    fireEvent.input(await screen.findByLabelText('原诉求编号'), { target: { value: '20261120-0001' } });
    fireEvent.click(screen.getByRole('button', { name: '确定标记重复' }));
    await waitFor(() =>
      expect(bodies(seen, 'markDuplicate')).toEqual([
        { action: 'markDuplicate', id: 'iss_1', version: 3, originalId: 'iss_orig', note: '' },
      ]),
    );
  });

  it('lets a community admin reassign to a grid they reach', async () => {
    const grids = {
      communities: [
        {
          id: 'c-yichang',
          name: '宜昌路社区',
          branches: [
            { id: 'b-yc-3', name: '万安一路北网格党支部', grids: [{ id: 'g-04', name: '万安一路北网格', area: '' }] },
          ],
        },
      ],
    };
    const { seen } = installFetch(
      action('account', 'me', () => communityAdminMe),
      action('issues', 'get', () => staffDetail()),
      action('issues', 'templates', () => ({ category: 'flyers', templates })),
      action('issues', 'grids', () => grids),
      action('issues', 'reassign', () => ({ id: 'iss_1', state: 'reassigned', version: 4 })),
    );
    render(<StaffIssuePage />);
    fireEvent.click(await screen.findByRole('radio', { name: '改派' }));
    fireEvent.click(await screen.findByRole('radio', { name: /万安一路北网格/ }));
    fireEvent.click(screen.getByRole('button', { name: '确定改派' }));
    await waitFor(() =>
      expect(bodies(seen, 'reassign')).toEqual([
        { action: 'reassign', id: 'iss_1', version: 3, gridId: 'g-04', note: '' },
      ]),
    );
  });
});

describe('which actions are offered', () => {
  const at = (state: IssueStateName, gridId: string | null = 'g-03') => ({
    viewer: 'staff' as const,
    state,
    group: 'open' as const,
    gridId,
  });

  it('follows the transition table and the roles', () => {
    expect(availableActions(at('submitted'), ['grid_staff'])).toEqual([
      'accept',
      'note',
      'return',
      'reject',
      'duplicate',
      'priority',
    ]);
    expect(availableActions(at('submitted'), ['community_admin'])).toContain('reassign');
    expect(availableActions(at('submitted'), ['district_admin'])).not.toContain('return');
    expect(availableActions(at('in_progress'), ['grid_staff'])).toEqual([
      'update',
      'resolve',
      'note',
      'duplicate',
      'priority',
    ]);
    expect(availableActions(at('returned', null), ['community_admin'])).toEqual([
      'note',
      'reassign',
      'reject',
      'duplicate',
      'priority',
    ]);
    expect(
      availableActions({ viewer: 'public', state: 'submitted', group: 'open', gridId: 'g-03' }, ['grid_staff']),
    ).toEqual([]);
  });
});
