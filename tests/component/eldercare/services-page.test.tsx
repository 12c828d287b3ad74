import { fireEvent, render, screen } from '@testing-library/react';
import { clearToken, saveToken } from '../../../src/auth/session';
import ElderServices from '../../../src/packages/eldercare/services/index';
import { action, installFetch } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';
import { elder, haircutService } from './fixtures';

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { elderId: 'el-wang-guilan' };
});

const repair = {
  ...haircutService,
  id: 'svc-repair',
  name: '疏通上下水和房屋维修',
  quotaPerYear: null,
  eligibilityText: '70 岁及以上老人',
};
const heating = {
  ...haircutService,
  id: 'svc-heating',
  name: '地暖打压和清洗',
  eligibilityText: '低保、特困等困难家庭，每人每年 1 次',
};

describe('选择服务 page', () => {
  it('says per service whether it can be booked, how many are left, and why not in plain words', async () => {
    installFetch(
      action('eldercare', 'getElder', () => ({ ...elder, id: 'el-wang-guilan', name: '王桂兰', age: 78 })),
      action('eldercare', 'servicesForElder', () => [
        {
          service: haircutService,
          bookable: false,
          refusal: {
            reason: 'TOO_YOUNG',
            message: '此项服务面向 90 岁及以上老人',
            details: { minAge: 90, age: 78, eligibleFrom: '2038-03-01' },
          },
          remainingThisYear: 3,
          usedThisYear: 0,
        },
        { service: repair, bookable: true, refusal: null, remainingThisYear: null, usedThisYear: 0 },
        {
          service: heating,
          bookable: false,
          refusal: { reason: 'NOT_IN_DIFFICULTY', message: 'x', details: {} },
          remainingThisYear: 1,
          usedThisYear: 0,
        },
      ]),
    );
    render(<ElderServices />);
    expect((await screen.findByTestId('services-for')).textContent).toContain('为王桂兰（78 岁）预约');
    expect(screen.getByTestId('service-svc-jiali-haircut').textContent).toContain(
      '老人现在 78 岁，2038年3月1日起就可以预约',
    );
    expect(screen.getByTestId('service-svc-heating').textContent).toContain('联系社区核实困难身份');
    expect(screen.getByTestId('service-svc-repair').textContent).toContain('不限次数');
    expect(screen.queryByRole('button', { name: '预约上门理发' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '预约疏通上下水和房屋维修' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/eldercare/book/index?elderId=el-wang-guilan&serviceId=svc-repair',
    });
  });

  it('gives headings and a list to screen readers', async () => {
    installFetch(
      action('eldercare', 'getElder', () => elder),
      action('eldercare', 'servicesForElder', () => [
        { service: haircutService, bookable: true, refusal: null, remainingThisYear: 2, usedThisYear: 1 },
      ]),
    );
    render(<ElderServices />);
    expect(await screen.findByRole('heading', { level: 2, name: '上门理发' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('今年还能约 2 次')).toBeTruthy();
  });

  it('shares the list of services, never the elder it was opened for', async () => {
    installFetch(
      action('eldercare', 'getElder', () => elder),
      action('eldercare', 'servicesForElder', () => [
        { service: haircutService, bookable: true, refusal: null, remainingThisYear: 2, usedThisYear: 1 },
      ]),
    );
    render(<ElderServices />);
    await screen.findByTestId('services-for');
    expect(taroDouble.fire('onShareAppMessage')).toEqual({
      title: '湖岛街道为老服务：上门理发',
      path: '/packages/eldercare/services/index',
      imageUrl: '/assets/share/eldercare.png',
    });
    expect(taroDouble.fire('onShareTimeline')).toEqual({
      title: '湖岛街道为老服务：上门理发',
      query: '',
      imageUrl: '/assets/share/eldercare.png',
    });
  });
});

describe('为老服务 page opened from a shared link', () => {
  beforeEach(() => {
    taroDouble.routerParams = {};
  });

  it('shows a signed-out visitor the services on offer, and a login that comes back here to book', async () => {
    clearToken();
    installFetch(action('eldercare', 'listServices', () => [haircutService, repair]));
    render(<ElderServices />);
    expect(await screen.findByRole('heading', { level: 1, name: '为老服务项目' })).toBeTruthy();
    expect((await screen.findByTestId('service-svc-repair')).textContent).toContain('70 岁及以上老人');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(Taro.reLaunch).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '登录后为家里老人预约' }));
    expect(Taro.reLaunch).toHaveBeenCalledWith({
      url: `/pages/login/index?back=${encodeURIComponent('/packages/eldercare/services/index')}`,
    });
  });

  it('leads a signed-in visitor to 为老服务 to pick or register the elder', async () => {
    installFetch(action('eldercare', 'listServices', () => [haircutService]));
    render(<ElderServices />);
    await screen.findByTestId('service-svc-jiali-haircut');
    fireEvent.click(screen.getByRole('button', { name: '为家里老人预约' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/eldercare/index' });
  });
});
