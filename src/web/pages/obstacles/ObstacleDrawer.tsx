// One obstacle: its steps (who, when, opinion, deadline) and the actions of the level holding it.
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Input,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { nextLevel, obstacleLevelLabels, obstacleStepLabels } from '../../../shared/obstacles';
import { ApiError } from '../../api/client';
import { useObstacle, useObstacleAction } from '../../api/commitments';
import { formatDate, formatDateTime } from '../../lib/format';
import { LevelTag } from './ObstacleTable';

export function ObstacleDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { data: o } = useObstacle(id);
  const act = useObstacleAction();
  const { message } = App.useApp();
  const [text, setText] = useState('');

  async function run(action: 'escalate' | 'respond' | 'decide' | 'resolve') {
    const body =
      action === 'resolve' ? { resolution: text } : action === 'decide' ? { decision: text } : { text };
    try {
      const after = await act.mutateAsync({ id, action, body });
      setText('');
      // say what happened and what comes next, not just "recorded"
      message.success(
        after.status === 'resolved'
          ? 'Vướng mắc đã được giải quyết và đóng.'
          : `Đã ghi nhận. ${after.nextStep}.`,
      );
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không thực hiện được.');
    }
  }

  const next = o ? nextLevel(o.level) : null;
  return (
    <Drawer open size={560} title="Vướng mắc" onClose={onClose}>
      {!o ? null : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <LevelTag level={o.level} />
            {o.status === 'resolved' ? (
              <Tag color="success">Đã giải quyết</Tag>
            ) : (
              <Tag color="processing">Đang xử lý</Tag>
            )}
            {o.overdue && <Tag color="error">Quá hạn trả lời</Tag>}
          </Space>
          <Alert
            type={o.status === 'resolved' ? 'success' : o.actionable ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            title={<span data-testid="obstacle-next-step">{o.nextStep}</span>}
          />
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'subject',
                label: 'Về',
                children: o.commitmentId ? (
                  <Link to={`/cam-ket/${o.commitmentId}`}>{o.subjectTitle}</Link>
                ) : (
                  o.subjectTitle
                ),
              },
              { key: 'unit', label: 'Đơn vị phản ánh', children: o.unitName },
              { key: 'desc', label: 'Nội dung', children: o.description },
              { key: 'cause', label: 'Nguyên nhân', children: o.cause },
              { key: 'proposal', label: 'Đề xuất', children: o.proposal },
              { key: 'due', label: 'Hạn trả lời', children: formatDate(o.responseDueOn) },
              { key: 'res', label: 'Kết quả giải quyết', children: o.resolution },
            ].filter((i) => i.children)}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Các bước xử lý
          </Typography.Title>
          {o.steps?.length ? (
            <Timeline
              data-testid="obstacle-steps"
              items={o.steps.map((s) => ({
                color:
                  s.kind === 'resolve' || s.kind === 'decide'
                    ? 'green'
                    : s.kind === 'escalate'
                      ? 'red'
                      : 'blue',
                content: (
                  <div>
                    <Typography.Text strong style={{ display: 'block' }}>
                      {s.kind === 'escalate'
                        ? `Chuyển lên ${obstacleLevelLabels[s.toLevel]}`
                        : obstacleStepLabels[s.kind]}
                    </Typography.Text>
                    {s.text && <div style={{ whiteSpace: 'pre-line' }}>{s.text}</div>}
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(s.at)} · {s.actorName}
                        {s.responseDueOn ? ` · hạn trả lời ${formatDate(s.responseDueOn)}` : ''}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              }))}
            />
          ) : (
            <Empty />
          )}
          {o.actionable && (
            <Flex vertical gap={8}>
              <Input.TextArea
                rows={3}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={
                  o.level === 'central'
                    ? 'Nội dung trả lời của cơ quan trung ương'
                    : o.level === 'leader'
                      ? 'Nội dung quyết định, hoặc ý kiến khi báo cáo trung ương'
                      : 'Ý kiến hoặc kết quả giải quyết'
                }
                data-testid="obstacle-text"
              />
              <Flex wrap gap={8}>
                {o.level === 'leader' ? (
                  // the leader's decision closes it: no separate "close"
                  <Button
                    type="primary"
                    disabled={text.trim().length < 2}
                    loading={act.isPending}
                    onClick={() => run('decide')}
                    data-testid="obstacle-decide"
                  >
                    Quyết định (giải quyết xong)
                  </Button>
                ) : (
                  <Button
                    type="primary"
                    disabled={text.trim().length < 2}
                    loading={act.isPending}
                    onClick={() => run('respond')}
                    data-testid="obstacle-respond"
                  >
                    {o.level === 'central' ? 'Ghi nhận trả lời của trung ương' : 'Cho ý kiến'}
                  </Button>
                )}
                {next && (
                  <Button
                    danger
                    loading={act.isPending}
                    onClick={() => run('escalate')}
                    data-testid="obstacle-escalate"
                  >
                    Chuyển lên {obstacleLevelLabels[next]}
                  </Button>
                )}
                {o.level !== 'leader' && (
                  <Button
                    disabled={text.trim().length < 2}
                    loading={act.isPending}
                    onClick={() => run('resolve')}
                    data-testid="obstacle-resolve"
                  >
                    Đóng: đã giải quyết
                  </Button>
                )}
              </Flex>
            </Flex>
          )}
        </>
      )}
    </Drawer>
  );
}
