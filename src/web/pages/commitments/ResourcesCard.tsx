// Resources: staff and budget (VND) per unit and source.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { budgetSourceLabels, formatVnd, parseVnd } from '../../../shared/commitments';
import { ApiError } from '../../api/client';
import { type Commitment, type Resource, useCommitmentAction, useResources } from '../../api/commitments';
import { ListTable } from '../../components/ListTable';
import { optionsOf } from './tags';

const moneyInput = {
  style: { width: '100%' },
  min: 0,
  step: 1_000_000,
  formatter: (v: number | string | undefined) =>
    v === undefined || v === '' ? '' : formatVnd(Number(v), { unit: false }),
  parser: (s: string | undefined) => parseVnd(s ?? '') ?? 0,
};

export function ResourcesCard({ c, canPlan }: { c: Commitment; canPlan: boolean }) {
  const { data } = useResources(c.id);
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={`Nguồn lực — dự kiến ${formatVnd(c.plannedVnd)}, đã chi ${formatVnd(c.spentVnd)}`}
      size="small"
      extra={
        canPlan && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm
          </Button>
        )
      }
    >
      <ListTable<Resource>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data}
        locale={{ emptyText: 'Chưa bố trí nguồn lực' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitName', render: (n) => n ?? '—' },
          { title: 'Nguồn', dataIndex: 'source', render: (s: Resource['source']) => budgetSourceLabels[s] },
          { title: 'Cán bộ', dataIndex: 'staff', align: 'right', width: 70 },
          {
            title: 'Dự kiến (đồng)',
            dataIndex: 'plannedVnd',
            align: 'right',
            render: (n: number) => formatVnd(n, { unit: false }),
          },
          {
            title: 'Đã chi (đồng)',
            dataIndex: 'spentVnd',
            align: 'right',
            render: (n: number) => formatVnd(n, { unit: false }),
          },
        ]}
      />
      {adding && <ResourceModal c={c} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function ResourceModal({ c, onClose }: { c: Commitment; onClose: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const create = useCommitmentAction<Record<string, unknown>>(c.id, 'POST', '/resources');
  const units = [...(c.leadUnit ? [c.leadUnit] : []), ...c.coordinatingUnits];
  async function submit(v: Record<string, unknown>) {
    try {
      await create.mutateAsync(v);
      message.success('Đã lưu nguồn lực.');
      onClose();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }
  return (
    <Modal
      open
      title="Bố trí nguồn lực"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Lưu"
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ unitId: c.leadUnitId, source: 'provincial', staff: 0, plannedVnd: 0, spentVnd: 0 }}
      >
        <Form.Item name="unitId" label="Đơn vị">
          <Select allowClear options={units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="source" label="Nguồn kinh phí">
          <Select options={optionsOf(budgetSourceLabels)} />
        </Form.Item>
        <Form.Item name="staff" label="Số cán bộ">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="plannedVnd" label="Kinh phí dự kiến (đồng)">
          <InputNumber<number> {...moneyInput} />
        </Form.Item>
        <Form.Item name="spentVnd" label="Kinh phí đã chi (đồng)">
          <InputNumber<number> {...moneyInput} />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
