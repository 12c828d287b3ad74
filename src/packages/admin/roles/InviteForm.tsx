import { View } from '@tarojs/components';
import { useState } from 'react';
import { toApiError } from '../../../api/errors';
import type { Binding, Invite } from '../../../api/types';
import { Btn } from '../../../components/Btn';
import { TextField } from '../../../components/TextField';
import { formatMoment } from '../../../utils/format';
import { makeBinding, type ROLE_OPTIONS, type StaffRoleKey } from './roles';

export interface InviteFormProps {
  options: typeof ROLE_OPTIONS;
  onCreate: (binding: Binding, note: string) => Promise<Invite>;
}

/** Choose a role (and its unit), get a one-time code to hand to the new staff member. */
export function InviteForm({ options, onCreate }: InviteFormProps) {
  const [role, setRole] = useState<StaffRoleKey>(options[0]?.role ?? 'grid_staff');
  const [unitId, setUnitId] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Invite | null>(null);
  const option = options.find((o) => o.role === role) ?? options[0];

  const submit = async () => {
    if (option?.unit && !unitId.trim()) {
      setError(`请填写${option.unit.label}。`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setCreated(await onCreate(makeBinding(role, unitId), note.trim()));
      setUnitId('');
      setNote('');
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="stack">
      <View className="field__label" id="invite-role-label">
        要授予的身份
      </View>
      <View className="choices" {...{ role: 'radiogroup', 'aria-labelledby': 'invite-role-label' }}>
        {options.map((o) => (
          <Btn
            key={o.role}
            role="radio"
            checked={o.role === role}
            kind={o.role === role ? 'primary' : 'secondary'}
            onClick={() => setRole(o.role)}
          >
            {o.label}
          </Btn>
        ))}
      </View>
      {option?.unit ? (
        <TextField
          label={option.unit.label}
          value={unitId}
          onChange={setUnitId}
          placeholder={`例如 ${option.unit.example}`}
          hint={option.unit.hint}
          maxlength={64}
          testId="invite-unit"
        />
      ) : null}
      <TextField
        label="备注（可不填）"
        value={note}
        onChange={setNote}
        placeholder="例如：张三，三网格"
        maxlength={100}
      />
      {error ? (
        <View className="notice" {...{ role: 'alert' }}>
          {error}
        </View>
      ) : null}
      {created ? (
        <View className="notice notice--ok" {...{ role: 'status' }}>
          <View>
            已生成{created.placeName}的{created.roleLabel}邀请码：
          </View>
          <View className="code" data-testid="new-invite-code">
            {created.code}
          </View>
          <View>请当面或电话告诉对方，{formatMoment(created.expiresAt)} 前有效，只能使用一次。</View>
        </View>
      ) : null}
      <Btn kind="primary" loading={busy} onClick={() => void submit()}>
        生成邀请码
      </Btn>
    </View>
  );
}
