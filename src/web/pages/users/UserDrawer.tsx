// One person: add or edit (name, e-mail, role, unit), lock/unlock, reset the password, history.
import {
  Alert,
  App,
  Button,
  Divider,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Popconfirm,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { emailPrefLabels } from '../../../shared/urging';
import { ApiError } from '../../api/client';
import { type Role, roleLabels, useMe } from '../../api/me';
import { type User, useCreateUser, useUpdateUser, useUser } from '../../api/users';
import { RecordHistory } from '../../components/RecordHistory';
import { UnitSelect } from '../../components/UnitSelect';
import { ResetPasswordButton } from './ResetPasswordButton';

interface Props {
  userId: string | null;
  creating: boolean;
  onClose(): void;
  onCreated(id: string): void;
}

const needsUnit = (role: Role | undefined) => role === 'officer' || role === 'head';
const roleOptions = (Object.keys(roleLabels) as Role[]).map((r) => ({ value: r, label: roleLabels[r] }));

export function UserDrawer({ userId, creating, onClose, onCreated }: Props) {
  const screens = Grid.useBreakpoint();
  const user = useUser(creating ? null : userId);
  return (
    <Drawer
      open={creating || Boolean(userId)}
      onClose={onClose}
      title={creating ? 'Thêm người dùng' : (user.data?.fullName ?? 'Người dùng')}
      size={screens.md ? 600 : '100%'}
      destroyOnHidden
    >
      {creating ? (
        <UserForm onDone={(u) => onCreated(u.id)} />
      ) : user.isPending ? (
        <Skeleton active />
      ) : user.error ? (
        <Alert type="error" showIcon title={user.error.message} />
      ) : (
        <>
          <UserForm user={user.data} onDone={() => undefined} />
          <UserAccountActions user={user.data} />
          <Divider titlePlacement="start">Lịch sử thay đổi</Divider>
          <RecordHistory entity="user" entityId={user.data.id} />
        </>
      )}
    </Drawer>
  );
}

interface FormValues {
  username: string;
  fullName: string;
  email?: string;
  emailPref?: User['emailPref'];
  role: Role;
  unitId?: string | null;
  password?: string;
}

function UserForm({ user, onDone }: { user?: User; onDone(u: User): void }) {
  const [form] = Form.useForm<FormValues>();
  const role = Form.useWatch('role', form);
  const create = useCreateUser();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (user) form.setFieldsValue({ ...user, email: user.email ?? '' });
  }, [user, form]);

  async function submit(v: FormValues) {
    setError(null);
    const common = {
      fullName: v.fullName,
      email: v.email?.trim() || null,
      role: v.role,
      unitId: v.unitId ?? null,
    };
    try {
      const saved = user
        ? await update.mutateAsync({ id: user.id, ...common, emailPref: v.emailPref })
        : await create.mutateAsync({ ...common, username: v.username, password: v.password });
      message.success(user ? 'Đã lưu thay đổi.' : 'Đã thêm người dùng.');
      onDone(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Flex gap={12} wrap>
        <Form.Item
          name="username"
          label="Tên đăng nhập"
          style={{ flex: '1 1 200px' }}
          rules={[
            { required: true, message: 'Nhập tên đăng nhập' },
            { min: 3, message: 'Ít nhất 3 ký tự' },
            { pattern: /^[a-zA-Z0-9._-]+$/, message: 'Chỉ gồm chữ không dấu, số, dấu chấm, gạch' },
          ]}
          extra={user ? 'Tên đăng nhập không sửa được.' : undefined}
        >
          <Input disabled={Boolean(user)} autoComplete="off" maxLength={60} />
        </Form.Item>
        <Form.Item
          name="fullName"
          label="Họ và tên"
          style={{ flex: '1 1 200px' }}
          rules={[{ required: true, min: 2, message: 'Nhập họ tên' }]}
        >
          <Input maxLength={120} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="email"
        label="Thư điện tử"
        rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      {user && (
        <Form.Item name="emailPref" label="Nhận thư nhắc việc">
          <Select options={Object.entries(emailPrefLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      )}
      <Flex gap={12} wrap>
        <Form.Item
          name="role"
          label="Vai trò"
          style={{ flex: '1 1 180px' }}
          rules={[{ required: true, message: 'Chọn vai trò' }]}
        >
          <Select placeholder="Chọn vai trò" options={roleOptions} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label="Đơn vị"
          style={{ flex: '2 1 240px' }}
          rules={[
            { required: needsUnit(role), message: 'Cán bộ và thủ trưởng đơn vị phải thuộc một đơn vị' },
          ]}
        >
          <UnitSelect allowClear />
        </Form.Item>
      </Flex>
      {!user && (
        <Form.Item
          name="password"
          label="Mật khẩu ban đầu"
          rules={[{ required: true, min: 8, message: 'Ít nhất 8 ký tự' }]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
        {user ? 'Lưu thay đổi' : 'Thêm người dùng'}
      </Button>
    </Form>
  );
}

function UserAccountActions({ user }: { user: User }) {
  const update = useUpdateUser();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const setActive = async (active: boolean) => {
    setError(null);
    try {
      await update.mutateAsync({ id: user.id, active });
      message.success(active ? 'Đã mở khóa tài khoản.' : 'Đã khóa tài khoản.');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Không thực hiện được.');
    }
  };
  return (
    <>
      <Divider titlePlacement="start">Tài khoản</Divider>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">
        {user.active ? 'Tài khoản đang hoạt động.' : 'Tài khoản đã bị khóa: người này không đăng nhập được.'}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        {user.active ? (
          <Popconfirm
            title="Khóa tài khoản này?"
            description="Người dùng sẽ không đăng nhập được cho đến khi được mở khóa."
            okText="Khóa"
            okButtonProps={{ danger: true }}
            cancelText="Hủy"
            onConfirm={() => setActive(false)}
            disabled={user.id === me?.id}
          >
            <Button danger loading={update.isPending} disabled={user.id === me?.id}>
              Khóa tài khoản
            </Button>
          </Popconfirm>
        ) : (
          <Button loading={update.isPending} onClick={() => setActive(true)}>
            Mở khóa
          </Button>
        )}
        <ResetPasswordButton user={user} />
      </Flex>
    </>
  );
}
