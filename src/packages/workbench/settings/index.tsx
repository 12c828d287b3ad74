import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { PickerField } from '../../../components/PickerField';
import { AreaField, TextField } from '../../../components/TextField';
import { backTo } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../../issues/paths';
import { OutcomeNotice } from '../../../components/Notice';
import { ApiKeys } from './ApiKeys';
import { CategoryRow } from './CategoryRow';
import { useApiKeys, useCategories, useSettingsForm, withDay } from './use-settings-admin';
import '../../../issues/issues.scss';
import { STAFF_PAGES, StaffOnly, StaffOnlyNotice } from '../../../components/StaffOnly';
import { listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';

/** 系统设置 (district admins): daily limit, the holiday calendar, category limits and visibility, Open311 keys. */
function SettingsPageScreen() {
  const s = useSettingsForm();
  const c = useCategories();
  const k = useApiKeys();
  // Reading settings and categories is open to all staff; the keys tell a community admin apart.
  const denied = [s.settings.error, c.categories.error, k.keys.error].some((e) => e?.code === 'PERMISSION_DENIED');

  return (
    <Page title="系统设置">
      {denied ? (
        <StaffOnlyNotice />
      ) : (
        <View>
          <Card title="反映规则与节假日" className="spaced" testId="settings-form">
            <StatusView
              loading={s.settings.loading && !s.settings.data}
              error={s.settings.error}
              onRetry={s.settings.reload}
            >
              <TextField
                label="每人每天最多反映件数"
                type="number"
                value={s.dailyLimit}
                onChange={s.setDailyLimit}
                maxlength={2}
                hint="1 到 50 件，防止刷单。"
                testId="settings-daily-limit"
              />
              <AreaField
                label="节假日（不算工作日）"
                value={s.holidays}
                onChange={s.setHolidays}
                maxlength={6000}
                hint="每行一个日期，例如 2026-10-01。受理和办结期限不计这些天。"
                testId="settings-holidays"
              />
              {/* Pasting the year's list stays the quick way; the picker adds one day without typing. */}
              <PickerField
                label="选一天加入节假日"
                mode="date"
                value=""
                onChange={(day) => s.setHolidays(withDay(s.holidays, day))}
                testId="settings-add-holiday"
              />
              <AreaField
                label="调休上班日（周末也算工作日）"
                value={s.workdays}
                onChange={s.setWorkdays}
                maxlength={2000}
                hint="每行一个日期，例如 2026-09-27。"
                testId="settings-workdays"
              />
              <PickerField
                label="选一天加入调休上班日"
                mode="date"
                value=""
                onChange={(day) => s.setWorkdays(withDay(s.workdays, day))}
                testId="settings-add-workday"
              />
              {s.settings.data?.holidaysNote ? <View className="muted">{s.settings.data.holidaysNote}</View> : null}
              <OutcomeNotice outcome={s.outcome} testId="settings-outcome" />
              <Btn kind="primary" loading={s.busy} onClick={() => void s.save()} testId="settings-save">
                保存设置
              </Btn>
            </StatusView>
          </Card>

          <Card title="问题类别" className="spaced">
            <StatusView
              loading={c.categories.loading && !c.categories.data}
              error={c.categories.error}
              onRetry={c.categories.reload}
            >
              <OutcomeNotice outcome={c.outcome} testId="category-outcome" />
              <View {...listRole}>
                {(c.categories.data?.categories ?? []).map((cat) => (
                  <CategoryRow
                    key={cat.code}
                    category={cat}
                    busy={c.busyCode === cat.code}
                    onSave={(x, days, pub) => void c.save(x, days, pub)}
                  />
                ))}
              </View>
            </StatusView>
          </Card>

          <ApiKeys k={k} />
        </View>
      )}
      <View className="iss-actions">
        <Btn kind="secondary" onClick={() => backTo(ISSUE_PATHS.workbench)}>
          返回诉求工作台
        </Btn>
      </View>
    </Page>
  );
}

export default function SettingsPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.district}>
      <SettingsPageScreen />
    </StaffOnly>
  );
}
