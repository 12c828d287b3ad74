import { fireEvent, render, screen } from '@testing-library/react';
import { saveToken } from '../../src/auth/session';
import Home from '../../src/pages/index/index';
import Taro from './taro-double';

beforeEach(() => saveToken('t'));

describe('home', () => {
  it.each([
    ['我要反映', '/packages/issues/index'],
    ['文化课堂', '/packages/culture/catalogue/index'],
    ['为老服务', '/packages/eldercare/index'],
  ])('opens %s at its first page', (name, url) => {
    render(<Home />);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(name) }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url });
  });
});
