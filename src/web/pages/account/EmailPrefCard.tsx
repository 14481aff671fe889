// What reaches me by e-mail: each reminder, one digest at 07:30, or nothing (the app always tells).
import { App, Card, Radio, Space, Typography } from 'antd';
import { emailPrefLabels } from '../../../shared/urging';
import { type EmailPref, useEmailPref, useSetEmailPref } from '../../api/mail';

export function EmailPrefCard() {
  const { data } = useEmailPref();
  const set = useSetEmailPref();
  const { message } = App.useApp();
  return (
    <Card title="Nhận thư điện tử nhắc việc">
      <Typography.Paragraph type="secondary">
        Địa chỉ thư: <strong>{data?.email ?? 'chưa có (đề nghị quản trị viên cập nhật)'}</strong>. Thông báo
        trên hệ thống luôn được gửi, bất kể lựa chọn dưới đây.
      </Typography.Paragraph>
      <Radio.Group
        value={data?.emailPref}
        disabled={set.isPending}
        onChange={(e) =>
          set
            .mutateAsync(e.target.value as EmailPref)
            .then(() => message.success('Đã lưu lựa chọn nhận thư.'))
            .catch((err: Error) => message.error(err.message))
        }
      >
        <Space direction="vertical">
          {Object.entries(emailPrefLabels).map(([value, label]) => (
            <Radio key={value} value={value}>
              {label}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Card>
  );
}
