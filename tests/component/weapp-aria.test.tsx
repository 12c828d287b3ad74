import { render, screen } from '@testing-library/react';
import { nodeText, weappLabel } from '../../src/components/aria';
import { Btn } from '../../src/components/Btn';
import { Heading } from '../../src/components/Heading';

/**
 * The labels WeChat's screen reader gets (the weapp bundle itself is checked by
 * `npm run test:weapp`); in H5 nothing changes, the text names the element.
 */
describe('labels for WeChat', () => {
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('reads the words of nested elements, pieces apart, numbers included', () => {
    expect(
      nodeText(
        <>
          <span>为老服务</span>
          <span>还剩 {3} 个名额</span>
        </>,
      ),
    ).toBe('为老服务 还剩 3 个名额');
    expect(nodeText(null)).toBe('');
  });

  it('gives a label in WeChat only, and none for empty words', () => {
    expect(weappLabel('提交反映')).toEqual({});
    process.env.TARO_ENV = 'weapp';
    expect(weappLabel('提交反映')).toEqual({ 'aria-label': '提交反映' });
    expect(weappLabel('')).toEqual({});
  });

  it('leaves H5 buttons and headings named by their text, with no extra aria-label', () => {
    render(
      <>
        <Heading level={2}>第 1 步：选择上门时间</Heading>
        <Btn onClick={() => undefined}>提交预约</Btn>
      </>,
    );
    expect(
      screen.getByRole('heading', { level: 2, name: '第 1 步：选择上门时间' }).getAttribute('aria-label'),
    ).toBeNull();
    expect(screen.getByRole('button', { name: '提交预约' }).getAttribute('aria-label')).toBeNull();
  });

  it('labels WeChat buttons and headings with their words', () => {
    process.env.TARO_ENV = 'weapp';
    const { container } = render(
      <>
        <Heading level={2}>第 1 步：选择上门时间</Heading>
        <Btn onClick={() => undefined}>
          <span>上门理发</span>
          <span>可预约</span>
        </Btn>
        <Btn label="查看 20251126-0001" onClick={() => undefined}>
          查看
        </Btn>
      </>,
    );
    const labels = [...container.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
    expect(labels).toEqual(['第 1 步：选择上门时间', '上门理发 可预约', '查看 20251126-0001']);
  });
});
