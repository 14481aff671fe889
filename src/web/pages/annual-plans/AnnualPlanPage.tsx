// One annual plan: the tasks of the year by field with the "6 rõ" each lacks, last year's unfinished
// tasks carried over, the 2026–2030 view of the programme by year; the KẾ HOẠCH as .docx, and
// (Sở Ngoại vụ) registering the issued plan by its number and date.
import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { clarityLabels } from '../../../shared/clarity';
import { recurrenceLabel } from '../../../shared/recurrence';
import { type OutlookTask, type PlanTask, useIssuePlan, useOutlook, usePlan } from '../../api/annual-plans';
import { download } from '../../api/client';
import { useMe } from '../../api/me';
import { FullPageSpin } from '../../components/FullPageSpin';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { ViewSwitch } from '../../components/ViewSwitch';
import { DATE_FORMAT, formatDate, toApiDate } from '../../lib/format';

const names = (list: string[], max = 3) =>
  list.length > max
    ? `${list.slice(0, max).join(', ')} và ${list.length - max} đơn vị khác`
    : list.join(', ');

const due = (t: OutlookTask) =>
  t.dueOn ? formatDate(t.dueOn) : t.recurrence ? recurrenceLabel(t.recurrence) : '—';

function taskColumns(withClarity: boolean) {
  return [
    {
      title: 'Nhiệm vụ',
      minWidth: 260,
      render: (_: unknown, t: OutlookTask) => (
        <>
          <Link to={`/nhiem-vu/${t.id}`}>{t.title}</Link>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.documentNumber}
          </Typography.Text>
        </>
      ),
    },
    {
      title: 'Đơn vị chủ trì',
      minWidth: 150,
      render: (_: unknown, t: OutlookTask) => names(t.leadNames) || '—',
    },
    {
      title: 'Đơn vị phối hợp',
      minWidth: 140,
      render: (_: unknown, t: OutlookTask) => names(t.coordinatingNames) || '—',
    },
    { title: 'Thời gian hoàn thành', width: 110, render: (_: unknown, t: OutlookTask) => due(t) },
    { title: 'Sản phẩm', minWidth: 110, render: (_: unknown, t: OutlookTask) => t.product || '—' },
    { title: 'Cấp trình', width: 100, render: (_: unknown, t: OutlookTask) => t.authority || '—' },
    ...(withClarity
      ? [
          {
            title: '6 rõ',
            width: 130,
            render: (_: unknown, t: OutlookTask) => {
              const missing = (t as PlanTask).missing ?? [];
              return missing.length ? (
                <Flex wrap gap={4}>
                  {missing.map((m) => (
                    <Tag key={m} color="orange">
                      Thiếu {clarityLabels[m].replace('Rõ', 'rõ')}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                <Tag color="green">Đủ</Tag>
              );
            },
          },
        ]
      : []),
  ];
}

function TaskTable({ tasks, clarity = true }: { tasks: OutlookTask[]; clarity?: boolean }) {
  return (
    <ListTable<OutlookTask>
      rowKey="id"
      size="small"
      dataSource={tasks}
      pagination={false}
      rowHref={(t) => `/nhiem-vu/${t.id}`}
      columns={taskColumns(clarity)}
      locale={{ emptyText: 'Không có nhiệm vụ' }}
    />
  );
}

function Outlook({ documentIds }: { documentIds: string[] }) {
  const { data, error, isPending } = useOutlook(documentIds);
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (isPending || !data) return <FullPageSpin />;
  return (
    <Flex vertical gap={12}>
      {data.unfinishedBefore.length > 0 && (
        <Card size="small" title={`Trước năm 2026, chưa hoàn thành (${data.unfinishedBefore.length})`}>
          <TaskTable tasks={data.unfinishedBefore} clarity={false} />
        </Card>
      )}
      {data.years.map((y) => (
        <Card key={y.year} size="small" title={`Năm ${y.year} (${y.tasks.length} nhiệm vụ)`}>
          <TaskTable tasks={y.tasks} clarity={false} />
        </Card>
      ))}
      <Card size="small" title={`Định kỳ hằng năm (${data.recurring.length})`}>
        <TaskTable tasks={data.recurring} clarity={false} />
      </Card>
      {data.undated.length > 0 && (
        <Card size="small" title={`Chưa rõ thời gian (${data.undated.length})`}>
          <TaskTable tasks={data.undated} clarity={false} />
        </Card>
      )}
    </Flex>
  );
}

function IssueForm({ id }: { id: string }) {
  const { message } = App.useApp();
  const issue = useIssuePlan(id);
  return (
    <Card size="small" title="Đăng ký kế hoạch đã ban hành" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        Khi UBND tỉnh đã ký ban hành, nhập số và ngày: hệ thống tạo văn bản kế hoạch và các nhiệm vụ của kế
        hoạch (liên kết với nhiệm vụ gốc của chương trình, chỉ tính một lần).
      </Typography.Paragraph>
      <Form<{ number: string; issuedOn: Dayjs; signer?: string }>
        layout="inline"
        style={{ rowGap: 8 }}
        onFinish={(v) =>
          issue.mutate(
            { number: v.number, issuedOn: toApiDate(v.issuedOn)!, signer: v.signer || undefined },
            {
              onSuccess: () => message.success('Đã đăng ký kế hoạch và tạo các nhiệm vụ.'),
              onError: (e) => message.error(e.message),
            },
          )
        }
      >
        <Form.Item
          label="Số, ký hiệu"
          name="number"
          rules={[{ required: true, message: 'Nhập số, ký hiệu' }]}
        >
          <Input placeholder="215/KH-UBND" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="Ngày ban hành" name="issuedOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="Người ký" name="signer">
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={issue.isPending}>
            Đăng ký ban hành
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

type PlanView = 'year' | 'carried' | 'outlook';

export default function AnnualPlanPage() {
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const { data: p, error, isPending } = usePlan(id);
  const [view, setView] = useState<PlanView>('year');
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (isPending || !p) return <FullPageSpin />;
  const draft = p.status === 'draft';
  return (
    <>
      <PageHeader
        title={`Kế hoạch thực hiện năm ${p.year}${draft ? ' (dự thảo)' : ''}`}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => download(`/annual-plans/${p.id}/plan.docx`).catch((e) => message.error(e.message))}
          >
            Tải KẾ HOẠCH (.docx)
          </Button>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'docs',
              label: 'Thực hiện văn bản',
              children: p.documents.map((d, i) => (
                <span key={d.id}>
                  {i > 0 && ', '}
                  <Link to={`/van-ban/${d.id}`}>
                    {d.type} số {d.number}
                  </Link>
                </span>
              )),
            },
            {
              key: 'status',
              label: 'Tình trạng',
              children: draft ? (
                <Tag>Dự thảo</Tag>
              ) : (
                <Link to={`/van-ban/${p.documentId}`}>
                  <Tag color="green">
                    Đã ban hành: {p.number}, ngày {formatDate(p.issuedOn)}
                  </Tag>
                </Link>
              ),
            },
          ]}
        />
      </PageHeader>
      <Flex gap={32} wrap style={{ marginBottom: 16 }}>
        <Statistic title="Nhiệm vụ trong kế hoạch" value={p.counts.tasks} />
        <Statistic title={`Chuyển sang từ năm ${p.year - 1}`} value={p.counts.carried} />
        <Statistic
          title="Chưa đủ 6 rõ"
          value={p.counts.incomplete}
          styles={p.counts.incomplete ? { content: { color: '#d46b08' } } : undefined}
        />
      </Flex>
      {draft && me?.role === 'focal' && <IssueForm id={p.id} />}
      <ViewSwitch<PlanView>
        label="Xem phần của kế hoạch"
        value={view}
        onChange={setView}
        style={{ marginBottom: 12 }}
        options={[
          { value: 'year', label: `Nhiệm vụ năm ${p.year}` },
          { value: 'carried', label: `Năm ${p.year - 1} chuyển sang (${p.carried.length})` },
          { value: 'outlook', label: 'Giai đoạn 2026–2030' },
        ]}
      />
      {view === 'year' && (
        <Flex vertical gap={12}>
          {p.fields.length === 0 && <Alert type="info" title="Chưa có nhiệm vụ nào trong năm." />}
          {p.fields.map((f, k) => (
            <Card key={f.field} size="small" title={`${k + 1}. ${f.label} (${f.tasks.length})`}>
              <TaskTable tasks={f.tasks} />
            </Card>
          ))}
        </Flex>
      )}
      {view === 'carried' && <TaskTable tasks={p.carried} />}
      {view === 'outlook' && <Outlook documentIds={p.documents.map((d) => d.id)} />}
    </>
  );
}
