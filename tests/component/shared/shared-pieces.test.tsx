import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ConfirmStep } from '../../../src/components/ConfirmStep';
import { BarChart } from '../../../src/components/BarChart';
import { Card } from '../../../src/components/Card';
import { Facts } from '../../../src/components/Facts';
import { StatusCard } from '../../../src/components/StatusCard';
import { StatusTag, Tag } from '../../../src/components/StatusTag';
import { Timeline } from '../../../src/components/Timeline';

const widthOf = (el: Element) => (el as HTMLElement).style.width;

describe('Card', () => {
  it('names its content with a heading of the level asked for', () => {
    render(
      <Card title="办理情况" testId="c">
        <span>由网格员办理</span>
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 2, name: '办理情况' })).toBeTruthy();
    render(<Card title="佳丽理发店" level={3} />);
    expect(screen.getByRole('heading', { level: 3, name: '佳丽理发店' })).toBeTruthy();
  });

  it('has no heading without a title', () => {
    render(<Card testId="plain">正文</Card>);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByTestId('plain').textContent).toBe('正文');
  });
});

describe('BarChart', () => {
  it('reads each bar as a list item with its figures in words, and draws the longest bar full width', () => {
    render(
      <BarChart
        label="受理数，按网格"
        testId="bars"
        bars={[
          { key: 'a', label: '一网格', text: '4 件', parts: [4] },
          { key: 'b', label: '二网格', text: '2 件', parts: [2] },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: '受理数，按网格' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['一网格4 件', '二网格2 件']);
    const bars = screen.getByTestId('bars').querySelectorAll('.chart__bar');
    expect([...bars].map(widthOf)).toEqual(['100%', '50%']);
  });

  it('stacks parts on one scale, keeps a fixed scale when given one, and draws nothing for a missing figure', () => {
    const { container } = render(
      <BarChart
        legend={['签到', '缺席']}
        bars={[
          { key: 'm1', label: '11月', text: '签到 3 人，缺席 1 人', parts: [3, 1] },
          { key: 'm2', label: '12月', text: '签到 1 人，缺席 1 人', parts: [1, 1] },
        ]}
      />,
    );
    const widths = [...container.querySelectorAll('.chart__bar')].map(widthOf);
    expect(widths).toEqual(['75%', '25%', '25%', '25%']);
    // The colour key is decoration: the bar's words already say which figure is which.
    expect(container.querySelector('.chart__legend')?.getAttribute('aria-hidden')).toBe('true');

    const rates = render(
      <BarChart
        max={1}
        bars={[
          { key: 'r', label: '满意率', text: '暂无', parts: [null] },
          { key: 's', label: '办结率', text: '40%', parts: [0.4] },
        ]}
      />,
    );
    expect([...rates.container.querySelectorAll('.chart__bar')].map(widthOf)).toEqual(['0%', '40%']);
  });
});

describe('Timeline', () => {
  it('lists every step with what, when, who and the note, and marks quiet steps with their tag', () => {
    render(
      <Timeline
        steps={[
          { key: '1', title: '受理', at: '11月30日 09:00', by: '网格员' },
          {
            key: '2',
            title: '内部备注',
            at: '11月30日 10:00',
            by: '网格员',
            tag: '仅工作人员可见',
            quiet: true,
            note: '已联系物业',
          },
        ]}
      />,
    );
    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('11月30日 09:00 · 网格员');
    expect(items[1].textContent).toContain('仅工作人员可见');
    expect(items[1].textContent).toContain('已联系物业');
    expect(items[1].className).toContain('timeline__step--quiet');
  });

  it('says so when there is no step yet', () => {
    render(<Timeline steps={[]} empty="还没有记录。" />);
    expect(screen.getByText('还没有记录。')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('StatusCard and StatusTag', () => {
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('heads a case with what it is and where it stands, then its facts', () => {
    render(
      <StatusCard
        testId="case"
        title="助浴"
        aside={<StatusTag tone="ok" label="已确认" />}
        lead="服务单位已确认，请按时在家等候。"
      >
        <span>老人：张桂英</span>
      </StatusCard>,
    );
    expect(screen.getByRole('heading', { level: 2, name: '助浴' })).toBeTruthy();
    const text = screen.getByTestId('case').textContent ?? '';
    expect(text.indexOf('已确认')).toBeLessThan(text.indexOf('服务单位已确认'));
    expect(text).toContain('老人：张桂英');
    expect(screen.getByText('已确认').className).toContain('tag--ok');
  });

  it("names the state for WeChat's screen reader, and only there", () => {
    process.env.TARO_ENV = 'weapp';
    render(<StatusTag tone="alert" label="待受理" />);
    expect(screen.getByText('待受理').getAttribute('aria-label')).toBe('状态：待受理');
    render(<Tag tone="warn">督办</Tag>);
    expect(screen.getByText('督办').getAttribute('aria-label')).toBeNull();
    process.env.TARO_ENV = 'h5';
    render(<StatusTag tone="quiet" label="已取消" />);
    expect(screen.getByText('已取消').getAttribute('aria-label')).toBeNull();
  });
});

describe('ConfirmStep', () => {
  it('asks on the page before acting, and the way out changes nothing', () => {
    const onConfirm = jest.fn();
    render(
      <ConfirmStep
        trigger="取消报名"
        question="确定取消吗？"
        confirm="确定取消报名"
        keep="不取消"
        onConfirm={onConfirm}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
    expect(screen.getByRole('group', { name: '取消报名' }).textContent).toContain('确定取消吗？');
    fireEvent.click(screen.getByRole('button', { name: '不取消' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('closes at once for an action that reports elsewhere, and stays open with the reason when the action fails', async () => {
    const fireAndForget = jest.fn();
    render(
      <ConfirmStep
        trigger="退出候补"
        question="确定退出候补吗？"
        confirm="确定退出"
        keep="继续候补"
        onConfirm={fireAndForget}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '退出候补' }));
    fireEvent.click(screen.getByRole('button', { name: '确定退出' }));
    expect(fireAndForget).toHaveBeenCalledWith('');
    expect(screen.queryByRole('group', { name: '退出候补' })).toBeNull();

    const failing = jest.fn(async () => false);
    render(
      <ConfirmStep
        trigger="取消预约"
        question="确定取消吗？"
        confirm="确定取消"
        keep="不取消了"
        reason={{ label: '取消原因', required: true }}
        onConfirm={failing}
        testId="cancel"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '取消预约' }));
    fireEvent.click(screen.getByTestId('cancel-confirm'));
    expect(await screen.findByText('请填写取消原因（至少 2 个字）。')).toBeTruthy();
    expect(failing).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('取消原因'), { target: { value: '老人住院了' } });
    fireEvent.click(screen.getByTestId('cancel-confirm'));
    await waitFor(() => expect(failing).toHaveBeenCalledWith('老人住院了'));
    // Still open, with what was typed: the family can try again without typing it twice.
    expect(screen.getByRole('group', { name: '取消预约' })).toBeTruthy();
  });

  it('closes when the action resolves true', async () => {
    render(
      <ConfirmStep
        trigger="停止预约"
        question="确定停止吗？"
        confirm="确定停止"
        keep="先不"
        onConfirm={async () => true}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '停止预约' }));
    fireEvent.click(screen.getByRole('button', { name: '确定停止' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: '停止预约' })).toBeNull());
  });
});

describe('Facts', () => {
  it('reads name-value lines as a list and leaves out rows without a value', () => {
    render(
      <Facts
        testId="facts"
        rows={[
          ['时间', '12月2日（周三）07:30'],
          ['备注', null],
          ['电话', ''],
          ['名额', <span key="p">还剩 3 个名额</span>],
        ]}
      />,
    );
    const items = within(screen.getByTestId('facts')).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['时间12月2日（周三）07:30', '名额还剩 3 个名额']);
  });
});
