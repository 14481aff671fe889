// One proposed group: the texts side by side with the words the other lacks marked, why the
// review proposes it, and (for Sở Ngoại vụ) the three decisions.
import { Button, Card, Col, Flex, Input, Modal, Radio, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type DiffPart,
  diffWords,
  type OverlapDecision,
  overlapDecisionLabels,
} from '../../../shared/overlap';
import type { OverlapGroup, OverlapTask } from '../../api/overlaps';
import { formatDate } from '../../lib/format';

const percent = (x: number) => `${Math.round(x * 100)}%`;

const unitsReason: Record<number, string> = {
  1: 'cùng đơn vị chủ trì',
  0.6: 'đơn vị chủ trì của nhiệm vụ này tham gia nhiệm vụ kia',
  0.3: 'có đơn vị cùng tham gia',
  0: 'khác đơn vị (có thể chồng chéo giữa các đơn vị)',
};
const periodReason = (p: number) =>
  p === 1
    ? 'thời gian thực hiện trùng nhau'
    : p === 0
      ? 'thời gian thực hiện khác nhau'
      : 'chưa rõ thời gian';

export const decisionColors: Record<OverlapDecision, string> = {
  duplicate: 'red',
  related: 'gold',
  distinct: 'default',
};

function Marked({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.same ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
          <span key={i}>{p.text} </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
          <span key={i}>
            <mark className="overlap-diff">{p.text}</mark>{' '}
          </span>
        ),
      )}
    </>
  );
}

function TaskColumn({ task, parts, isMain }: { task: OverlapTask; parts: DiffPart[]; isMain?: boolean }) {
  const units =
    task.leadUnitCount > task.leadUnitNames.length
      ? `${task.leadUnitNames.join(', ')} và ${task.leadUnitCount - task.leadUnitNames.length} đơn vị khác`
      : task.leadUnitNames.join(', ') || 'Chưa có đơn vị chủ trì';
  return (
    <div className="overlap-task">
      <Flex gap={6} wrap align="center" style={{ marginBottom: 6 }}>
        <Link to={`/van-ban/${task.documentId}`}>
          <Tag color="blue">{task.documentNumber}</Tag>
        </Link>
        {isMain && <Tag color="green">Nhiệm vụ chính</Tag>}
      </Flex>
      <Typography.Paragraph style={{ fontSize: 15, marginBottom: 6 }}>
        <Link to={`/nhiem-vu/${task.id}`} className="overlap-title">
          <Marked parts={parts} />
        </Link>
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        Chủ trì: {units}
        <br />
        Thời hạn: {task.dueOn ? formatDate(task.dueOn) : (task.recurrence ?? 'chưa có')}
      </Typography.Text>
    </div>
  );
}

export function GroupCard({
  group,
  canDecide,
  busy,
  onDecide,
  onWithdraw,
}: {
  group: OverlapGroup;
  canDecide: boolean;
  busy: boolean;
  onDecide: (decision: OverlapDecision, mainTaskId: string | undefined, note: string) => void;
  /** Withdraws the group's decision; resolves once it is done (the dialog closes then). */
  onWithdraw: (reason: string) => Promise<unknown>;
}) {
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  // the tasks come earliest document first: by default the original is kept, its restatements linked
  const [main, setMain] = useState<string>(group.decision?.mainTaskId ?? group.tasks[0]!.id);
  const [note, setNote] = useState('');
  const [first, ...rest] = group.tasks;
  // each task against the first one; the first against the second
  const diffs = new Map<string, DiffPart[]>();
  rest.forEach((t, i) => {
    const d = diffWords(first!.title, t.title);
    diffs.set(t.id, d.right);
    if (i === 0) diffs.set(first!.id, d.left);
  });
  const best = [...group.pairs].sort((a, b) => b.score - a.score)[0];
  const span = group.tasks.length === 2 ? 12 : 8;
  return (
    <Card
      size="small"
      className="overlap-group"
      data-group={group.id}
      title={
        <Space wrap>
          <Tooltip title="Khả năng hai nhiệm vụ là cùng một việc, theo nội dung, đơn vị và thời gian">
            <Tag color={group.score >= 0.7 ? 'red' : group.score >= 0.5 ? 'orange' : 'default'}>
              Khả năng trùng {percent(group.score)}
            </Tag>
          </Tooltip>
          <span>{group.tasks.length} nhiệm vụ</span>
          {group.decision && (
            <Tag color={decisionColors[group.decision.decision]}>
              {overlapDecisionLabels[group.decision.decision]}
            </Tag>
          )}
        </Space>
      }
    >
      <Row gutter={[16, 12]}>
        {group.tasks.map((t) => (
          <Col key={t.id} xs={24} md={span}>
            <TaskColumn
              task={t}
              parts={diffs.get(t.id) ?? [{ text: t.title, same: true }]}
              isMain={group.decision?.decision === 'duplicate' && group.decision.mainTaskId === t.id}
            />
          </Col>
        ))}
      </Row>
      {best && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
          Nội dung giống {percent(best.text)}; {unitsReason[best.units] ?? ''}; {periodReason(best.period)}.
          Phần <mark className="overlap-diff">đánh dấu</mark> là chỗ khác nhau.
        </Typography.Paragraph>
      )}
      {group.decision && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
          Kết luận: {overlapDecisionLabels[group.decision.decision]}
          {group.decision.decidedByName ? ` — ${group.decision.decidedByName}` : ''},{' '}
          {formatDate(group.decision.decidedAt)}
          {group.decision.note ? `. ${group.decision.note}` : ''}
          {canDecide && (
            <Button
              type="link"
              size="small"
              className="no-print"
              onClick={() => {
                setReason('');
                setWithdrawing(true);
              }}
            >
              Hủy kết luận
            </Button>
          )}
        </Typography.Paragraph>
      )}
      <Modal
        open={withdrawing}
        title="Hủy kết luận rà soát"
        okText="Hủy kết luận"
        cancelText="Đóng"
        okButtonProps={{ danger: true, disabled: reason.trim().length < 5, loading: busy }}
        onCancel={() => setWithdrawing(false)}
        onOk={() =>
          onWithdraw(reason.trim())
            .then(() => setWithdrawing(false))
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        <Typography.Paragraph>
          {group.decision?.decision === 'duplicate'
            ? 'Các nhiệm vụ được bỏ liên kết với nhiệm vụ chính và được tính riêng lại; nhóm sẽ được đề xuất lại để kết luận.'
            : 'Nhóm sẽ được đề xuất lại để kết luận.'}
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="Lý do hủy kết luận"
          placeholder="Lý do hủy kết luận (ít nhất 5 ký tự), ghi vào nhật ký thay đổi"
          value={reason}
          maxLength={1000}
          autoSize={{ minRows: 2 }}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
      {canDecide && !group.decision && (
        <div className="no-print" style={{ marginTop: 12, borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
          <Flex vertical gap={8}>
            <div>
              <Typography.Text strong>Nhiệm vụ chính nếu trùng lặp: </Typography.Text>
              <Radio.Group value={main} onChange={(e) => setMain(e.target.value)}>
                {group.tasks.map((t) => (
                  <Radio key={t.id} value={t.id}>
                    {t.documentNumber}
                  </Radio>
                ))}
              </Radio.Group>
            </div>
            <Input
              placeholder="Ghi chú kết luận (không bắt buộc)"
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
            />
            <Flex gap={8} wrap>
              <Button danger type="primary" loading={busy} onClick={() => onDecide('duplicate', main, note)}>
                Trùng lặp — giữ nhiệm vụ chính
              </Button>
              <Button loading={busy} onClick={() => onDecide('related', undefined, note)}>
                Có liên quan
              </Button>
              <Button loading={busy} onClick={() => onDecide('distinct', undefined, note)}>
                Không trùng
              </Button>
            </Flex>
          </Flex>
        </div>
      )}
    </Card>
  );
}
