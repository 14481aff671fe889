// An administrator sets a new password for someone who forgot theirs.
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { type User, useResetPassword } from '../../api/users';

export function ResetPasswordButton({ user }: { user: User }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const reset = useResetPassword();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);

  async function submit(v: { password: string }) {
    setError(null);
    try {
      await reset.mutateAsync({ id: user.id, password: v.password });
      message.success(`Đã đặt lại mật khẩu cho ${user.username}.`);
      setOpen(false);
      form.resetFields();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Không đặt lại được mật khẩu.');
    }
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>Đặt lại mật khẩu</Button>
      <Modal
        open={open}
        title={`Đặt lại mật khẩu: ${user.fullName}`}
        okText="Đặt lại"
        cancelText="Hủy"
        confirmLoading={reset.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="password"
            label="Mật khẩu mới"
            rules={[{ required: true, min: 8, message: 'Ít nhất 8 ký tự' }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label="Nhập lại mật khẩu mới"
            dependencies={['password']}
            rules={[
              { required: true, message: 'Nhập lại mật khẩu' },
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  !v || v === getFieldValue('password')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Hai mật khẩu không khớp')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
