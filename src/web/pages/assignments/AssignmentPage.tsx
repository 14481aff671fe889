// One unit's share of a task: deadline, status, progress, product; the actions the signed-in
// person may take; the history.
import { PaperClipOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
} from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { roleLabels, type WorkflowState, workflowLabels } from '../../../shared/workflow';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/me';
import { fileUrl, useAssignment, useDeleteAssignment, useUpdateAssignment } from '../../api/tracking';
import { PageHeader } from '../../components/PageHeader';
import { DATE_FORMAT, formatDate, formatDateTime, toApiDate } from '../../lib/format';
import { AssignmentActions } from './AssignmentActions';
import { AssignmentHistory } from './AssignmentHistory';
import { AssignmentProgress, StatusTag, WorkflowTag } from './tags';

/** Who acts next while the product waits; the work is done only once Sở Ngoại vụ accepts it. */
const waitingFor: Partial<Record<WorkflowState, string>> = {
  submitted: 'Thủ trưởng đơn vị xác nhận sản phẩm, rồi Sở Ngoại vụ tiếp nhận',
  confirmed: 'Sở Ngoại vụ tiếp nhận sản phẩm (hoặc trả lại)',
};

export default function AssignmentPage() {
  const { id } = useParams();
  const { data: a, isPending, error } = useAssignment(id);
  const { data: me } = useMe();
  const update = useUpdateAssignment();
  const remove = useDeleteAssignment();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (isPending) return <Skeleton active />;
  if (error || !a || !me)
    return (
      <Result
        status="404"
        title="Không tìm thấy việc được giao"
        subTitle={error?.message}
        extra={<Link to="/giao-viec">Về danh sách</Link>}
      />
    );
  const focal = me.role === 'focal';
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : 'Không thực hiện được.');

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/giao-viec">Việc giao đơn vị</Link> },
          ...(a.taskId
            ? [
                {
                  title: (
                    <Link to={`/nhiem-vu/${a.taskId}`}>
                      {a.documentNumber ? `Nhiệm vụ (${a.documentNumber})` : 'Nhiệm vụ'}
                    </Link>
                  ),
                },
              ]
            : []),
          { title: a.unitName },
        ]}
      />
      <PageHeader title={`${a.unitName}`}>
        <div style={{ marginTop: 4 }}>
          {a.taskId ? <Link to={`/nhiem-vu/${a.taskId}`}>{a.title}</Link> : a.title}
        </div>
      </PageHeader>
      {a.workflow === 'returned' && a.returnReason && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="Sở Ngoại vụ đã trả lại sản phẩm"
          description={<span data-testid="return-reason-shown">Lý do: {a.returnReason}</span>}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="Thông tin" data-testid="assignment-info">
            <Descriptions column={1} size="small" labelStyle={{ width: 150 }}>
              <Descriptions.Item label="Đơn vị">{a.unitName}</Descriptions.Item>
              <Descriptions.Item label="Vai trò">{roleLabels[a.role]}</Descriptions.Item>
              {a.periodLabel ? <Descriptions.Item label="Kỳ">{a.periodLabel}</Descriptions.Item> : null}
              <Descriptions.Item label="Thời hạn">
                {focal ? (
                  <DatePicker
                    size="small"
                    format={DATE_FORMAT}
                    value={a.dueOn ? dayjs(a.dueOn) : null}
                    onChange={(d) =>
                      update
                        .mutateAsync({ id: a.id, dueOn: toApiDate(d) ?? null })
                        .then(() => message.success('Đã đổi thời hạn.'), fail)
                    }
                  />
                ) : (
                  formatDate(a.dueOn)
                )}
              </Descriptions.Item>
              <Descriptions.Item label="Tình trạng">
                <StatusTag status={a.status} />
              </Descriptions.Item>
              <Descriptions.Item label="Hồ sơ">
                <WorkflowTag workflow={a.workflow} long />
              </Descriptions.Item>
              <Descriptions.Item label="Tiến độ">
                <AssignmentProgress progress={a.progress} status={a.status} width={220} />
              </Descriptions.Item>
              <Descriptions.Item label="Sản phẩm">
                {a.productNumber || a.productFileId ? (
                  <Space wrap>
                    {a.productNumber && <span>Số {a.productNumber}</span>}
                    {a.productDate && <span>ngày {formatDate(a.productDate)}</span>}
                    {a.productFileId && (
                      <a href={fileUrl(a.productFileId, true)} target="_blank" rel="noreferrer">
                        <PaperClipOutlined /> {a.productFileName ?? 'Tệp'}
                      </a>
                    )}
                  </Space>
                ) : (
                  'Chưa nộp'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={a.workflow === 'accepted' ? 'Ngày hoàn thành' : 'Ngày nộp'}>
                <span data-testid="completed-on">
                  {a.completedOn
                    ? `${formatDate(a.completedOn)}${a.submittedAt ? ` (${formatDateTime(a.submittedAt)})` : ''}`
                    : '—'}
                </span>
              </Descriptions.Item>
              {a.urgeCount > 0 && (
                <Descriptions.Item label="Đôn đốc">
                  <span data-testid="urge-count">
                    {a.urgeCount} lần, gần nhất ngày {formatDate(a.lastUrgedOn)}
                  </span>
                </Descriptions.Item>
              )}
              {waitingFor[a.workflow] && (
                <Descriptions.Item label="Bước tiếp theo">
                  <span data-testid="next-step">{waitingFor[a.workflow]}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
            {focal && a.workflow === 'open' && a.progress === 0 && (
              <Popconfirm
                title="Hủy giao việc này cho đơn vị?"
                okText="Hủy giao"
                cancelText="Không"
                onConfirm={() =>
                  remove
                    .mutateAsync(a.id)
                    .then(() => navigate(a.taskId ? `/nhiem-vu/${a.taskId}` : '/giao-viec'), fail)
                }
              >
                <Button danger size="small">
                  Hủy giao việc
                </Button>
              </Popconfirm>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <AssignmentActions key={`${a.id}-${a.workflow}-${a.progress}`} a={a} me={me} />
          {!['open', 'returned'].includes(a.workflow) && !focal && me.role !== 'head' && (
            <Alert type="info" showIcon title={workflowLabels[a.workflow]} />
          )}
        </Col>
        <Col span={24}>
          <Card size="small" title="Lịch sử xử lý">
            <AssignmentHistory id={a.id} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
