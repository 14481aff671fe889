// The signed-in person's account: who they are and a password change.
import { Alert, App, Button, Card, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { roleLabels, useMe } from '../../api/me';
import { useChangeOwnPassword } from '../../api/users';
import { PageHeader } from '../../components/PageHeader';
import { EmailPrefCard } from './EmailPrefCard';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function AccountPage() {
  const { data: me } = useMe();
  const change = useChangeOwnPassword();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  if (!me) return null;

  async function submit(v: Values) {
    setError(null);
    try {
      await change.mutateAsync({ currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      message.success('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Không đổi được mật khẩu.');
    }
  }

  return (
    <>
      <PageHeader title="Tài khoản của tôi" />
      <div style={{ display: 'grid', gap: 16, maxWidth: 640 }}>
        <Card title="Thông tin">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Họ và tên">{me.fullName}</Descriptions.Item>
            <Descriptions.Item label="Tên đăng nhập">{me.username}</Descriptions.Item>
            <Descriptions.Item label="Vai trò">{roleLabels[me.role]}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị">{me.unit?.name ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
        <EmailPrefCard />
        <Card title="Đổi mật khẩu">
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item
              name="currentPassword"
              label="Mật khẩu hiện tại"
              rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item
              name="newPassword"
              label="Mật khẩu mới"
              rules={[{ required: true, min: 8, message: 'Mật khẩu mới phải có ít nhất 8 ký tự' }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label="Nhập lại mật khẩu mới"
              dependencies={['newPassword']}
              rules={[
                { required: true, message: 'Nhập lại mật khẩu mới' },
                ({ getFieldValue }) => ({
                  validator: (_, v) =>
                    !v || v === getFieldValue('newPassword')
                      ? Promise.resolve()
                      : Promise.reject(new Error('Hai mật khẩu không khớp')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={change.isPending}>
              Đổi mật khẩu
            </Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
