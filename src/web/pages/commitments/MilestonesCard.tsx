// The roadmap: milestones with due date, weight, unit and progress; the lead unit (or Sở Ngoại
// vụ) plans them, each unit updates the progress of its own.
import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Tag,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { type Commitment, type Milestone, useCommitmentAction, useMilestones } from '../../api/commitments';
import { ListTable } from '../../components/ListTable';
import { DATE_FORMAT, formatDate, toApiDate } from '../../lib/format';

export function MilestonesCard({
  c,
  canPlan,
  myUnitId,
}: {
  c: Commitment;
  canPlan: boolean;
  myUnitId: string | null;
}) {
  const { data, isPending } = useMilestones(c.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Milestone | null>(null);
  const canUpdate = (m: Milestone) => canPlan || (!!myUnitId && m.unitId === myUnitId);
  return (
    <Card
      title={`Lộ trình thực hiện — tiến độ chung ${c.progress}%`}
      size="small"
      extra={
        canPlan && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="add-milestone"
          >
            Thêm mốc
          </Button>
        )
      }
    >
      <ListTable<Milestone>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data}
        pagination={false}
        locale={{ emptyText: 'Chưa có lộ trình' }}
        columns={[
          {
            title: 'Mốc',
            minWidth: 200,
            render: (_, m) => (
              <span>
                {m.title}
                {m.deliverable && (
                  <div style={{ fontSize: 12, color: '#888' }}>Sản phẩm: {m.deliverable}</div>
                )}
              </span>
            ),
          },
          {
            title: 'Hạn',
            dataIndex: 'dueOn',
            width: 104,
            render: (d, m) => (m.overdue ? <Tag color="error">{formatDate(d)}</Tag> : formatDate(d)),
          },
          { title: 'Trọng số', dataIndex: 'weight', width: 76, align: 'center' },
          { title: 'Đơn vị', dataIndex: 'unitName', minWidth: 140, render: (n) => n ?? '—' },
          {
            title: 'Tiến độ',
            dataIndex: 'progress',
            width: 130,
            render: (p: number, m) => (
              <Progress percent={p} size="small" status={m.overdue ? 'exception' : undefined} />
            ),
          },
          {
            title: '',
            width: 90,
            render: (_, m) =>
              canUpdate(m) && (
                <Button size="small" onClick={() => setEditing(m)} data-testid={`update-milestone-${m.seq}`}>
                  Cập nhật
                </Button>
              ),
          },
        ]}
      />
      {adding && <MilestoneModal c={c} onClose={() => setAdding(false)} />}
      {editing && (
        <MilestoneModal c={c} milestone={editing} progressOnly={!canPlan} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}

type Values = {
  title: string;
  deliverable?: string;
  dueOn?: dayjs.Dayjs | null;
  weight: number;
  unitId?: string | null;
  progress: number;
  note?: string;
};

function MilestoneModal({
  c,
  milestone,
  progressOnly,
  onClose,
}: {
  c: Commitment;
  milestone?: Milestone;
  progressOnly?: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCommitmentAction<Record<string, unknown>>(c.id, 'POST', '/milestones');
  const update = useCommitmentAction<Record<string, unknown>>(c.id, 'PATCH', `/milestones/${milestone?.id}`);
  const units = [...(c.leadUnit ? [c.leadUnit] : []), ...c.coordinatingUnits];
  async function submit(v: Values) {
    try {
      if (progressOnly) await update.mutateAsync({ progress: v.progress, note: v.note || undefined });
      else {
        const body = {
          ...v,
          dueOn: toApiDate(v.dueOn) ?? null,
          unitId: v.unitId ?? null,
          note: v.note || undefined,
        };
        await (milestone ? update : create).mutateAsync(body);
      }
      message.success('Đã lưu mốc lộ trình.');
      onClose();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }
  const initial: Partial<Values> = milestone
    ? {
        ...milestone,
        dueOn: milestone.dueOn ? dayjs(milestone.dueOn) : null,
        note: milestone.note ?? undefined,
      }
    : { weight: 1, progress: 0, unitId: c.leadUnitId };
  return (
    <Modal
      open
      title={milestone ? `Cập nhật mốc: ${milestone.title}` : 'Thêm mốc lộ trình'}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Lưu"
      confirmLoading={create.isPending || update.isPending}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        {!progressOnly && (
          <>
            <Form.Item
              name="title"
              label="Tên mốc"
              rules={[{ required: true, min: 2, message: 'Nhập tên mốc' }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="deliverable" label="Sản phẩm">
              <Input />
            </Form.Item>
            <Space wrap>
              <Form.Item name="dueOn" label="Hạn hoàn thành">
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
              <Form.Item name="weight" label="Trọng số (1–100)">
                <InputNumber min={1} max={100} />
              </Form.Item>
            </Space>
            <Form.Item name="unitId" label="Đơn vị phụ trách">
              <Select
                allowClear
                placeholder="Đơn vị chủ trì hoặc phối hợp"
                options={units.map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="progress" label="Tiến độ (%)" rules={[{ required: true }]}>
          <InputNumber min={0} max={100} style={{ width: 120 }} data-testid="milestone-progress" />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
