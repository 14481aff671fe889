// A unit's report in a round: the lines pre-filled from what the product tracks (the unit adds
// a comment to each), the narrative by the round's outline, then submit → the head approves and
// sends → Sở Ngoại vụ accepts or returns. Two editors never overwrite each other: a stale save
// is refused and says so.
import { Alert, App, Button, Card, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { submissionStatusColors, submissionStatusLabels } from '../../../shared/report-rounds';
import { type AssignmentStatus, statusColors, statusLabels } from '../../../shared/status';
import { type WorkflowStep, workflowColors, workflowLabels, workflowSteps } from '../../../shared/workflow';
import { type SubmissionItem, useSubmission, useSubmissionMutations } from '../../api/report-submissions';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime } from '../../lib/format';

const stepLabels: Partial<Record<WorkflowStep, string>> = {
  submit: 'Nộp báo cáo để thủ trưởng duyệt',
  confirm: 'Duyệt và gửi Sở Ngoại vụ',
  accept: 'Tiếp nhận báo cáo',
  return: 'Trả lại báo cáo',
};

export default function SubmissionPage() {
  const { id } = useParams();
  const { message } = App.useApp();
  const { data: s, error } = useSubmission(id);
  const { save, step } = useSubmissionMutations(id ?? '');
  const [narrative, setNarrative] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  if (!s) return null;
  const dirty = Object.keys(narrative).length > 0 || Object.keys(comments).length > 0;

  const onSave = async () => {
    try {
      await save.mutateAsync({
        version: s.version,
        narrative,
        comments: Object.entries(comments).map(([itemId, comment]) => ({ itemId, comment })),
      });
      setNarrative({});
      setComments({});
      message.success('Đã lưu bản nháp báo cáo.');
    } catch (e) {
      message.error((e as Error).message, 8);
    }
  };
  const take = async (name: WorkflowStep, text?: string) => {
    try {
      if (dirty) await onSave();
      await step.mutateAsync({ step: name, text });
      message.success(workflowSteps[name].done);
      setReturning(false);
    } catch (e) {
      message.error((e as Error).message, 8);
    }
  };

  return (
    <>
      <PageHeader
        title={`Báo cáo của ${s.unit.name}`}
        extra={
          <Space wrap>
            {s.canEdit && (
              <Button onClick={onSave} disabled={!dirty} loading={save.isPending}>
                Lưu bản nháp
              </Button>
            )}
            {s.steps.map((st) => (
              <Button
                key={st}
                type={st === 'return' ? 'default' : 'primary'}
                danger={st === 'return'}
                loading={step.isPending}
                onClick={() => (st === 'return' ? setReturning(true) : take(st))}
              >
                {stepLabels[st] ?? workflowSteps[st].label}
              </Button>
            ))}
          </Space>
        }
      >
        <Space wrap style={{ marginTop: 4 }}>
          <Link to={`/ky-bao-cao/${s.round.id}`}>{s.round.title}</Link>
          <Typography.Text type="secondary">
            Số liệu {formatDate(s.round.periodStart)} – {formatDate(s.round.periodEnd)} · hạn gửi{' '}
            {formatDate(s.round.dueOn)}
          </Typography.Text>
          <Tag color={workflowColors[s.workflow]}>{workflowLabels[s.workflow]}</Tag>
          <Tag color={submissionStatusColors[s.status]}>{submissionStatusLabels[s.status]}</Tag>
        </Space>
      </PageHeader>
      {s.workflow === 'returned' && s.returnReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`Sở Ngoại vụ trả lại: ${s.returnReason}`}
        />
      )}
      <Card
        title="Kết quả thực hiện (điền sẵn đến ngày chốt số liệu)"
        style={{ marginBottom: 12 }}
        styles={{ body: { padding: 12 } }}
      >
        <ListTable<SubmissionItem>
          rowKey="id"
          size="small"
          dataSource={s.items}
          pagination={false}
          columns={[
            { title: 'STT', key: 'i', width: 50, render: (_: unknown, __, i) => i + 1 },
            {
              title: 'Nhiệm vụ, cam kết',
              dataIndex: 'title',
              minWidth: 220,
              render: (t: string, it) => (
                <span>
                  {t}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {it.kind === 'commitment' ? 'Cam kết' : 'Văn bản'}: {it.source}
                    {it.dueOn && ` · hạn ${formatDate(it.dueOn)}`}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: 'Tình trạng',
              dataIndex: 'status',
              render: (st: AssignmentStatus, it) => (
                <span>
                  <Tag color={statusColors[st]}>{statusLabels[st]}</Tag>
                  <Typography.Text type="secondary">{it.progress} %</Typography.Text>
                </span>
              ),
            },
            {
              title: 'Sản phẩm, ghi chú',
              key: 'p',
              minWidth: 160,
              render: (_: unknown, it) => (
                <span>{[it.product, it.latestNote].filter(Boolean).join(' — ') || '—'}</span>
              ),
            },
            {
              title: 'Ý kiến của đơn vị',
              key: 'c',
              minWidth: 200,
              render: (_: unknown, it) =>
                s.canEdit ? (
                  <Input.TextArea
                    aria-label={`Ý kiến: ${it.title}`}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    value={comments[it.id] ?? it.comment}
                    onChange={(e) => setComments({ ...comments, [it.id]: e.target.value })}
                  />
                ) : (
                  it.comment || '—'
                ),
            },
          ]}
        />
      </Card>
      <Card title="Nội dung báo cáo theo đề cương" style={{ marginBottom: 12 }}>
        {s.round.outline.map((o) => (
          <div key={o.key} style={{ marginBottom: 16 }}>
            <Typography.Title level={5} style={{ marginBottom: 4 }}>
              {o.title}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
              {o.hint}
            </Typography.Text>
            {s.canEdit ? (
              <Input.TextArea
                aria-label={o.title}
                autoSize={{ minRows: 3, maxRows: 12 }}
                value={narrative[o.key] ?? s.narrative[o.key] ?? ''}
                onChange={(e) => setNarrative({ ...narrative, [o.key]: e.target.value })}
              />
            ) : (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {s.narrative[o.key] || '—'}
              </Typography.Paragraph>
            )}
          </div>
        ))}
      </Card>
      {s.events.length > 0 && (
        <Card title="Lịch sử xử lý">
          <Timeline
            items={s.events.map((e) => ({
              children: `${formatDateTime(e.at)} · ${workflowSteps[e.kind].done} (${e.actorName})${e.note ? `: ${e.note}` : ''}`,
            }))}
          />
        </Card>
      )}
      <Modal
        open={returning}
        title="Trả lại báo cáo"
        okText="Trả lại"
        okButtonProps={{ danger: true, disabled: reason.trim().length < 5 }}
        cancelText="Hủy"
        onCancel={() => setReturning(false)}
        onOk={() => take('return', reason.trim())}
      >
        <Input.TextArea
          aria-label="Lý do trả lại"
          rows={4}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="Nêu lý do trả lại (ít nhất 5 ký tự)"
        />
      </Modal>
    </>
  );
}
