// Reviews (rà soát): repeatable, newest first; the latest drives the register.
import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  completionLevelLabels,
  feasibilityLabels,
  legalCompatibilityLabels,
} from '../../../shared/commitments';
import { ApiError } from '../../api/client';
import { type Review, useCommitmentAction, useReviews } from '../../api/commitments';
import { DATE_FORMAT, formatDate, toApiDate } from '../../lib/format';
import { CompletionTag, optionsOf } from './tags';

export function ReviewsCard({ commitmentId, canReview }: { commitmentId: string; canReview: boolean }) {
  const { data } = useReviews(commitmentId);
  const [adding, setAdding] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? data : data?.slice(0, 1);
  return (
    <Card
      title="Rà soát"
      size="small"
      extra={
        canReview && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="add-review"
          >
            Rà soát
          </Button>
        )
      }
    >
      {!data?.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa rà soát" />}
      {shown?.map((r, i) => (
        <ReviewView key={r.id} r={r} latest={i === 0} />
      ))}
      {(data?.length ?? 0) > 1 && (
        <Button type="link" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Chỉ xem lần gần nhất' : `Xem cả ${data!.length - 1} lần rà soát trước`}
        </Button>
      )}
      {adding && <ReviewModal commitmentId={commitmentId} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function ReviewView({ r, latest }: { r: Review; latest: boolean }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap style={{ marginBottom: 6 }}>
        <Typography.Text strong>Rà soát ngày {formatDate(r.reviewedOn)}</Typography.Text>
        {latest && <Tag color="blue">Gần nhất</Tag>}
        <CompletionTag level={r.completionLevel} />
        <Typography.Text type="secondary">
          {r.reviewerName}
          {r.unitName ? ` · ${r.unitName}` : ''}
        </Typography.Text>
      </Space>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'done', label: 'Đã thực hiện', children: r.done },
          { key: 'notDone', label: 'Chưa thực hiện', children: r.notDone },
          { key: 'diff', label: 'Khó khăn', children: r.difficulties },
          { key: 'causes', label: 'Nguyên nhân', children: r.causes },
          {
            key: 'legal',
            label: 'Tính phù hợp pháp luật',
            children: `${legalCompatibilityLabels[r.legalCompatibility]}${r.legalBasis ? ` — ${r.legalBasis}` : ''}`,
          },
          { key: 'fit', label: 'Phù hợp điều kiện địa phương', children: r.localFit },
          { key: 'feas', label: 'Tính khả thi', children: feasibilityLabels[r.feasibility] },
        ].filter((i) => i.children)}
      />
    </div>
  );
}

function ReviewModal({ commitmentId, onClose }: { commitmentId: string; onClose: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const create = useCommitmentAction<Record<string, unknown>>(commitmentId, 'POST', '/reviews');
  async function submit(v: Record<string, unknown> & { reviewedOn?: dayjs.Dayjs }) {
    try {
      await create.mutateAsync({ ...v, reviewedOn: toApiDate(v.reviewedOn) });
      message.success('Đã ghi kết quả rà soát.');
      onClose();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }
  return (
    <Modal
      open
      width={640}
      title="Rà soát cam kết"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Lưu"
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ reviewedOn: dayjs(), legalCompatibility: 'compatible', feasibility: 'high' }}
      >
        <Form.Item name="reviewedOn" label="Ngày rà soát">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="done" label="Nội dung đã thực hiện">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="notDone" label="Nội dung chưa thực hiện">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="difficulties" label="Tồn tại, khó khăn">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="causes" label="Nguyên nhân">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="legalCompatibility"
          label="Tính phù hợp với pháp luật hiện hành"
          rules={[{ required: true }]}
        >
          <Select options={optionsOf(legalCompatibilityLabels)} />
        </Form.Item>
        <Form.Item name="legalBasis" label="Căn cứ pháp lý">
          <Input />
        </Form.Item>
        <Form.Item name="localFit" label="Phù hợp điều kiện thực tiễn địa phương">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="feasibility" label="Tính khả thi" rules={[{ required: true }]}>
          <Select options={optionsOf(feasibilityLabels)} />
        </Form.Item>
        <Form.Item
          name="completionLevel"
          label="Mức độ hoàn thành"
          rules={[{ required: true, message: 'Chọn mức độ hoàn thành' }]}
        >
          <Select options={optionsOf(completionLevelLabels)} data-testid="completion-level" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
