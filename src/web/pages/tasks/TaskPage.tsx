// One task: its six elements ("6 rõ") with what is missing; for Sở Ngoại vụ and leaders the
// compliance board of every assigned unit; for a unit, its own share of the task.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  List,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { clarityLabels } from '../../../shared/clarity';
import { roleLabels } from '../../../shared/workflow';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/me';
import { useAssignments, useDeleteTask, useTask } from '../../api/tracking';
import { PageHeader } from '../../components/PageHeader';
import { RecordHistory } from '../../components/RecordHistory';
import { formatDate } from '../../lib/format';
import { ClarityList, StatusTag, WorkflowTag } from '../assignments/tags';
import { ComplianceBoard } from './ComplianceBoard';
import { TaskDrawer } from './TaskDrawer';
import { timeText } from './TasksTable';

const missingText = <span style={{ color: '#cf1322' }}>Chưa xác định</span>;

function UnitShare({ taskId }: { taskId: string }) {
  const { data, isPending } = useAssignments({ taskId, sort: 'dueOn', pageSize: 50 });
  return (
    <Card title="Phần việc của đơn vị bạn" size="small">
      <List
        loading={isPending}
        dataSource={data?.items}
        locale={{ emptyText: 'Đơn vị bạn chưa được giao nhiệm vụ này.' }}
        renderItem={(a) => (
          <List.Item extra={<Link to={`/giao-viec/${a.id}`}>Mở</Link>}>
            <Space wrap>
              <span>
                {roleLabels[a.role]}
                {a.periodLabel && ` · ${a.periodLabel}`} · hạn {formatDate(a.dueOn)}
              </span>
              <StatusTag status={a.status} />
              <WorkflowTag workflow={a.workflow} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

export default function TaskPage() {
  const { id } = useParams();
  const { data: task, isPending, error } = useTask(id);
  const { data: me } = useMe();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteTask();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (isPending) return <Skeleton active />;
  if (error || !task)
    return (
      <Result
        status="404"
        title="Không tìm thấy nhiệm vụ"
        subTitle={error?.message}
        extra={<Link to="/nhiem-vu">Về danh sách nhiệm vụ</Link>}
      />
    );
  const focal = me?.role === 'focal';
  const seesBoard = focal || me?.role === 'leader' || me?.role === 'admin';
  const value = (v: string | null | undefined) => v || missingText;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/nhiem-vu">Nhiệm vụ</Link> },
          { title: <Link to={`/van-ban/${task.documentId}`}>{task.documentNumber}</Link> },
          { title: `Nhiệm vụ ${task.seq}` },
        ]}
      />
      <PageHeader
        title={task.title}
        extra={
          focal && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa
              </Button>
              <Popconfirm
                title="Xóa nhiệm vụ?"
                description="Chỉ xóa được nhiệm vụ chưa giao cho đơn vị nào."
                okText="Xóa"
                cancelText="Hủy"
                onConfirm={() =>
                  remove.mutateAsync(task.id).then(
                    () => navigate(`/van-ban/${task.documentId}`),
                    (e) => message.error(e instanceof ApiError ? e.message : 'Không xóa được.'),
                  )
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  Xóa
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title='Nguyên tắc "6 rõ"' size="small" extra={<ClarityList missing={task.missingClarity} />}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={clarityLabels.work}>{task.title}</Descriptions.Item>
            <Descriptions.Item label={clarityLabels.person}>
              {task.leadUnitName || task.assignmentCount || task.personInCharge ? (
                <>
                  {task.leadUnitName ??
                    (task.assignmentCount ? 'Mỗi đơn vị được giao chủ trì phần việc của mình' : missingText)}
                  {' · '}
                  {value(task.personInCharge)}
                </>
              ) : (
                missingText
              )}
            </Descriptions.Item>
            <Descriptions.Item label={clarityLabels.time}>
              {task.dueOn || task.recurrence ? timeText(task) : missingText}
            </Descriptions.Item>
            <Descriptions.Item label={clarityLabels.responsibility}>
              {value(task.responsibility)}
              {task.coordinatingUnitNames.length > 0 && (
                // 72 wards would fill a phone's screen: three lines, then "Xem tất cả"
                <Typography.Paragraph
                  style={{ margin: 0 }}
                  data-testid="coordinating-units"
                  ellipsis={{
                    rows: 3,
                    expandable: 'collapsible',
                    symbol: (expanded: boolean) =>
                      expanded ? 'Thu gọn' : `Xem tất cả ${task.coordinatingUnitNames.length} đơn vị`,
                  }}
                >
                  Phối hợp ({task.coordinatingUnitNames.length}): {task.coordinatingUnitNames.join('; ')}
                </Typography.Paragraph>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={clarityLabels.product}>{value(task.product)}</Descriptions.Item>
            <Descriptions.Item label={clarityLabels.authority}>{value(task.authority)}</Descriptions.Item>
          </Descriptions>
        </Card>
        {seesBoard ? <ComplianceBoard task={task} canAssign={focal} /> : <UnitShare taskId={task.id} />}
        {seesBoard && (
          <Card title="Lịch sử thay đổi" size="small">
            <RecordHistory entity="task" entityId={task.id} />
          </Card>
        )}
      </Space>
      <TaskDrawer
        open={editing}
        task={task}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </>
  );
}
