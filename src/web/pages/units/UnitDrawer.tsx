// One unit: its details (a form for administrators), deactivate / reactivate / delete, history,
// and a link to its results (the scorecard page).
import { BarChartOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Popconfirm,
  Select,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type UnitKindCode, unitKindCodes, unitKindLabels } from '../../../shared/units';
import { ApiError } from '../../api/client';
import {
  type Unit,
  type UnitInput,
  useCreateUnit,
  useDeleteUnit,
  useUnit,
  useUpdateUnit,
} from '../../api/units';
import { RecordHistory } from '../../components/RecordHistory';

interface Props {
  unitId: string | null;
  creating: boolean;
  canManage: boolean;
  onClose(): void;
  onCreated(id: string): void;
}

export function UnitDrawer({ unitId, creating, canManage, onClose, onCreated }: Props) {
  const screens = Grid.useBreakpoint();
  const open = creating || Boolean(unitId);
  const unit = useUnit(creating ? null : unitId);
  const title = creating ? 'Thêm đơn vị' : (unit.data?.name ?? 'Đơn vị');
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={screens.md ? 600 : '100%'}
      destroyOnHidden
      extra={
        !creating && unitId ? (
          <Link to={`/don-vi/${unitId}`}>
            <BarChartOutlined /> Kết quả thực hiện
          </Link>
        ) : undefined
      }
    >
      {creating ? (
        <UnitForm onDone={(u) => onCreated(u.id)} />
      ) : unit.isPending ? (
        <Skeleton active />
      ) : unit.error ? (
        <Alert type="error" showIcon title={unit.error.message} />
      ) : (
        <>
          {canManage ? (
            <UnitForm unit={unit.data} onDone={() => undefined} />
          ) : (
            <UnitDetails unit={unit.data} />
          )}
          {canManage && <UnitStatusActions unit={unit.data} onDeleted={onClose} />}
          <Divider titlePlacement="start">Lịch sử thay đổi</Divider>
          <RecordHistory entity="unit" entityId={unit.data.id} />
        </>
      )}
    </Drawer>
  );
}

function UnitDetails({ unit }: { unit: Unit }) {
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label="Mã">{unit.code}</Descriptions.Item>
      <Descriptions.Item label="Tên đơn vị">
        {unit.name}
        {unit.isFocal && (
          <Tag color="red" style={{ marginInlineStart: 6 }}>
            Đầu mối
          </Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="Tên viết tắt">{unit.shortName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="Loại">{unitKindLabels[unit.kind]}</Descriptions.Item>
      <Descriptions.Item label="Mã ĐVHC">{unit.gsoCode ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="Trạng thái">
        {unit.active ? 'Đang hoạt động' : 'Ngừng hoạt động'}
      </Descriptions.Item>
    </Descriptions>
  );
}

interface FormValues {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKindCode;
  gsoCode?: string;
  isFocal: boolean;
}

function UnitForm({ unit, onDone }: { unit?: Unit; onDone(u: Unit): void }) {
  const [form] = Form.useForm<FormValues>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    form.setFieldsValue(
      unit
        ? { ...unit, shortName: unit.shortName ?? '', gsoCode: unit.gsoCode ?? '' }
        : { isFocal: false, kind: undefined as unknown as UnitKindCode },
    );
  }, [unit, form]);

  async function submit(v: FormValues) {
    setError(null);
    const body: UnitInput = {
      name: v.name,
      shortName: v.shortName?.trim() || null,
      kind: v.kind,
      gsoCode: v.gsoCode?.trim() || null,
      isFocal: v.isFocal,
    };
    try {
      const saved = unit
        ? await update.mutateAsync({ id: unit.id, ...body })
        : await create.mutateAsync({ ...body, code: v.code });
      message.success(unit ? 'Đã lưu thay đổi.' : 'Đã thêm đơn vị.');
      onDone(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="code"
        label="Mã đơn vị"
        rules={[
          { required: true, message: 'Nhập mã đơn vị' },
          { pattern: /^[\p{L}\p{N}._-]+$/u, message: 'Mã chỉ gồm chữ, số, dấu chấm, gạch' },
        ]}
        extra={unit ? 'Mã đơn vị không sửa được.' : undefined}
      >
        <Input disabled={Boolean(unit)} maxLength={40} />
      </Form.Item>
      <Form.Item
        name="name"
        label="Tên đơn vị"
        rules={[{ required: true, min: 2, message: 'Nhập tên đơn vị' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="shortName" label="Tên viết tắt" style={{ flex: '1 1 160px' }}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="kind"
          label="Loại"
          rules={[{ required: true, message: 'Chọn loại đơn vị' }]}
          style={{ flex: '1 1 160px' }}
        >
          <Select
            placeholder="Chọn loại"
            options={unitKindCodes.map((k) => ({ value: k, label: unitKindLabels[k] }))}
          />
        </Form.Item>
        <Form.Item name="gsoCode" label="Mã ĐVHC" style={{ flex: '1 1 120px' }}>
          <Input maxLength={20} />
        </Form.Item>
      </Flex>
      <Form.Item name="isFocal" label="Đơn vị đầu mối (Sở Ngoại vụ)" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
        {unit ? 'Lưu thay đổi' : 'Thêm đơn vị'}
      </Button>
    </Form>
  );
}

function UnitStatusActions({ unit, onDeleted }: { unit: Unit; onDeleted(): void }) {
  const update = useUpdateUnit();
  const remove = useDeleteUnit();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    setError(null);
    try {
      await fn();
      message.success(ok);
      return true;
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Không thực hiện được.');
      return false;
    }
  };
  return (
    <>
      <Divider titlePlacement="start">Trạng thái</Divider>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="unit-action-error"
        />
      )}
      <Typography.Paragraph type="secondary">
        {unit.active
          ? 'Đơn vị đang hoạt động. Ngừng hoạt động khi đơn vị giải thể hoặc sáp nhập; dữ liệu cũ vẫn được giữ.'
          : 'Đơn vị đã ngừng hoạt động: không còn xuất hiện khi giao việc.'}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        {unit.active ? (
          <Popconfirm
            title="Ngừng hoạt động đơn vị này?"
            okText="Ngừng hoạt động"
            cancelText="Hủy"
            onConfirm={() =>
              run(() => update.mutateAsync({ id: unit.id, active: false }), 'Đã ngừng hoạt động đơn vị.')
            }
          >
            <Button loading={update.isPending}>Ngừng hoạt động</Button>
          </Popconfirm>
        ) : (
          <Button
            loading={update.isPending}
            onClick={() =>
              run(() => update.mutateAsync({ id: unit.id, active: true }), 'Đã kích hoạt lại đơn vị.')
            }
          >
            Kích hoạt lại
          </Button>
        )}
        <Popconfirm
          title="Xóa hẳn đơn vị này?"
          description="Chỉ xóa được đơn vị tạo nhầm, chưa có dữ liệu."
          okText="Xóa"
          okButtonProps={{ danger: true }}
          cancelText="Hủy"
          onConfirm={async () => {
            if (await run(() => remove.mutateAsync(unit.id), 'Đã xóa đơn vị.')) onDeleted();
          }}
        >
          <Button danger loading={remove.isPending}>
            Xóa đơn vị
          </Button>
        </Popconfirm>
      </Flex>
    </>
  );
}
