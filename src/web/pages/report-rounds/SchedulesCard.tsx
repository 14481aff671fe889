// Sở Ngoại vụ's recurring report schedules: each opens its next round by itself on the cut-off
// (the units' reports pre-filled, the units told); here they are paused and resumed.
import { Alert, App, Card, Switch, Tag, Typography } from 'antd';
import { periodKindLabels } from '../../../shared/periods';
import { ApiError } from '../../api/client';
import { type Schedule, useSchedules, useUpdateSchedule } from '../../api/report-rounds';
import { ListTable } from '../../components/ListTable';
import { formatDate } from '../../lib/format';

export function SchedulesCard() {
  const { data, error } = useSchedules(true);
  const update = useUpdateSchedule();
  const { message } = App.useApp();
  if (!data?.items.length && !error) return null;
  return (
    <Card
      title="Lịch báo cáo định kỳ"
      style={{ marginTop: 16 }}
      styles={{ body: { padding: 12 } }}
      extra={<Typography.Text type="secondary">Kỳ tiếp theo tự mở vào ngày chốt số liệu</Typography.Text>}
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      <ListTable<Schedule>
        rowKey="id"
        size="small"
        dataSource={data?.items}
        pagination={false}
        columns={[
          {
            title: 'Báo cáo',
            key: 'title',
            minWidth: 260,
            render: (_: unknown, s) => (
              <span>
                {s.nextTitle ?? s.titleTemplate.replace('{period}', '…')}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {s.kinds.map((k) => periodKindLabels[k]).join(', ')} · hạn gửi {s.dueWorkingDays} ngày làm
                  việc sau ngày chốt · {s.rounds} kỳ đã mở
                </Typography.Text>
                {s.lastError && (
                  <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                    Ngày {formatDate(s.lastErrorOn)} không tự mở được: {s.lastError}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            title: 'Kỳ tiếp theo mở ngày',
            key: 'next',
            width: 170,
            render: (_: unknown, s) =>
              s.nextOpensOn ? (
                <span>
                  {formatDate(s.nextOpensOn)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {s.nextPeriodLabel}
                  </Typography.Text>
                </span>
              ) : (
                <Tag>Tạm dừng</Tag>
              ),
          },
          {
            title: 'Tự mở',
            key: 'active',
            width: 90,
            render: (_: unknown, s) => (
              <Switch
                checked={s.active}
                aria-label={`Tự mở: ${s.nextTitle ?? s.titleTemplate}`}
                loading={update.isPending && update.variables?.id === s.id}
                onChange={(active) =>
                  update
                    .mutateAsync({ id: s.id, active })
                    .then(() =>
                      message.success(active ? 'Đã tiếp tục lịch báo cáo.' : 'Đã tạm dừng lịch báo cáo.'),
                    )
                    .catch((e) => message.error(e instanceof ApiError ? e.message : 'Không thực hiện được.'))
                }
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
