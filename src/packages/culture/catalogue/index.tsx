import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { go, goHome } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { CatalogueMode, CategoryId } from '../lib/types';
import { Choices } from '../../../components/Choices';
import { ItemCard } from '../ui/ItemCard';
import '../ui/culture.scss';
import { useCatalogue } from './use-catalogue';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../../components/aria';

const MODES: Array<{ value: CatalogueMode; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'online', label: '线上课程' },
  { value: 'offline', label: '线下活动' },
];

/** 文化课堂: online courses to learn at home and offline classes and events to sign up for. */
export default function CataloguePage() {
  const { data, loading, error, reload, filter, change, signedUp } = useCatalogue();
  usePullRefresh({ reload, loading });
  const [words, setWords] = useState('');
  // Categories fold away so the courses start on the first screen.
  const [showCategories, setShowCategories] = useState(false);
  const search = () => change({ q: words.trim() });

  const categories = data?.categories ?? [];
  const categoryOptions = [
    { value: 'all', label: '全部类别' },
    ...categories.map((c) => ({ value: c.id as string, label: `${c.name}（${c.count}）` })),
  ];

  return (
    <Page title="文化课堂" requireLogin={false}>
      <View className="row cu-search">
        <View className="cu-search__field">
          <TextField
            label="搜索课程或活动"
            value={words}
            onChange={setWords}
            placeholder="例如：太极、饺子"
            maxlength={30}
            onConfirm={search}
            testId="culture-search"
          />
        </View>
        <Btn kind="secondary" className="btn--small" onClick={search}>
          搜索
        </Btn>
      </View>
      {filter.q ? (
        <Btn
          kind="secondary"
          className="spaced"
          onClick={() => {
            setWords('');
            change({ q: '' });
          }}
        >
          清除搜索“{filter.q}”
        </Btn>
      ) : null}

      <View className="cu-modes">
        <Choices
          id="culture-mode"
          label="看哪一类"
          options={MODES}
          value={filter.mode}
          onChange={(mode) => change({ mode, category: null })}
        />
      </View>
      {categories.length > 0 ? (
        <Btn
          kind="secondary"
          className="spaced cu-fold"
          role="switch"
          checked={showCategories}
          label="按类别筛选"
          onClick={() => setShowCategories(!showCategories)}
          testId="toggle-categories"
        >
          按类别筛选：{categoryOptions.find((o) => o.value === (filter.category ?? 'all'))?.label ?? '全部类别'}
        </Btn>
      ) : null}
      {categories.length > 0 && showCategories ? (
        <Choices
          id="culture-category"
          label="按类别"
          options={categoryOptions}
          value={filter.category ?? 'all'}
          onChange={(value) => change({ category: value === 'all' ? null : (value as CategoryId) })}
        />
      ) : null}

      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data && data.items.length === 0 ? (
          <View className="card" {...{ role: 'status' }}>
            <View className="lead">没有找到符合条件的课程或活动。</View>
            <View className="muted">可以换个词搜索，或者选“全部”看看。</View>
          </View>
        ) : null}
        {data && data.items.length > 0 ? (
          <View {...listRole} data-testid="culture-items">
            {data.items.map((item) => (
              <View key={item.id} {...itemRole}>
                <ItemCard item={item} signedUp={signedUp.has(item.id)} />
              </View>
            ))}
          </View>
        ) : null}
      </StatusView>

      <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.mine)} testId="open-mine">
        我的课程和报名
      </Btn>
      <Btn kind="secondary" className="spaced" onClick={goHome}>
        返回首页
      </Btn>
    </Page>
  );
}
