import { callPhone } from '../platform/phone';
import { Btn } from './Btn';

/** A number to call, as one large button that dials it; the number stays readable on the button. */
export function CallButton({ name, phone, testId }: { name: string; phone: string; testId?: string }) {
  return (
    <Btn kind="secondary" label={`打电话给${name}：${phone}`} onClick={() => void callPhone(phone)} testId={testId}>
      打电话给{name}：{phone}
    </Btn>
  );
}
