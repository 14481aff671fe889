// The administrator's outbox: every e-mail with its state, attempts and the mail server's answer.
import { Alert, App, Button, Descriptions, Drawer, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { mailStateLabels } from '../../../shared/urging';
import { type Mail, type MailState, useOutbox, useRetryMail } from '../../api/mail';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';

const stateColors: Record<MailState, string> = {
  queued: 'default',
  sending: 'processing',
  sent: 'success',
  retrying: 'warning',
  failed: 'error',
};

export default function OutboxPage() {
  const [params, setParams] = useSearchParams();
  const state = (params.get('trang-thai') as MailState | null) ?? undefined;
  const q = params.get('q') ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const { data, isFetching } = useOutbox({ state, q, page, pageSize: 20 });
  const retry = useRetryMail();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Mail | null>(null);
  const set = (next: Record<string, string | undefined>) => {
    const merged = { 'trang-thai': state, q, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v)) as Record<string, string>);
  };

  return (
    <>
      <PageHeader title="Hộp thư đi" />
      {data && !data.smtpConfigured && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Chưa cấu hình máy chủ thư (SMTP_URL)"
          description="Thư được giữ trong hộp thư đi và sẽ được gửi ngay khi máy chủ thư được cấu hình; không thư nào bị mất."
        />
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
        <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
          <Segmented
            value={state ?? 'all'}
            onChange={(v) => set({ 'trang-thai': v === 'all' ? undefined : String(v), page: undefined })}
            options={[
              { value: 'all', label: 'Tất cả' },
              ...(Object.keys(mailStateLabels) as MailState[]).map((s) => ({
                value: s,
                label: `${mailStateLabels[s]}${data ? ` (${data.counts[s]})` : ''}`,
              })),
            ]}
          />
        </div>
        <Input.Search
          allowClear
          placeholder="Địa chỉ, tiêu đề"
          defaultValue={q}
          style={{ maxWidth: 280 }}
          onSearch={(v) => set({ q: v || undefined, page: undefined })}
        />
      </div>
      <Table<Mail>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        locale={{ emptyText: 'Không có thư' }}
        onRow={(m) => ({ onClick: () => setOpen(m), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total,
          showSizeChanger: false,
          onChange: (p) => set({ page: String(p) }),
        }}
        columns={[
          {
            title: 'Trạng thái',
            dataIndex: 'state',
            width: 130,
            render: (s: MailState) => <Tag color={stateColors[s]}>{mailStateLabels[s]}</Tag>,
          },
          {
            title: 'Người nhận, tiêu đề',
            render: (_, m) => (
              <>
                <div>{m.toAddress}</div>
                <Typography.Text strong>{m.subject}</Typography.Text>
                {m.lastResponse && m.state !== 'sent' && (
                  <div>
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {m.lastResponse}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          { title: 'Lần gửi', dataIndex: 'attempts', width: 90, responsive: ['md'] },
          {
            title: 'Tạo lúc',
            dataIndex: 'createdAt',
            width: 150,
            responsive: ['md'],
            render: formatDateTime,
          },
          {
            title: 'Gửi lúc / lần sau',
            width: 160,
            responsive: ['lg'],
            render: (_, m) =>
              m.sentAt
                ? formatDateTime(m.sentAt)
                : m.state === 'retrying'
                  ? formatDateTime(m.nextAttemptAt)
                  : '—',
          },
        ]}
      />
      <Drawer open={!!open} onClose={() => setOpen(null)} size={560} title={open?.subject}>
        {open && (
          <>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="Người nhận">{open.toAddress}</Descriptions.Item>
              <Descriptions.Item label="Trạng thái">
                <Tag color={stateColors[open.state]}>{mailStateLabels[open.state]}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="Số lần gửi">{open.attempts}</Descriptions.Item>
              <Descriptions.Item label="Trả lời của máy chủ thư">
                {open.lastResponse ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label="Tạo lúc">{formatDateTime(open.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="Gửi lúc">{formatDateTime(open.sentAt)}</Descriptions.Item>
              {open.attachments.length > 0 && (
                <Descriptions.Item label="Tệp đính kèm">
                  {open.attachments.map((a) => a.filename).join(', ')}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginTop: 16 }}>
              {open.text}
            </Typography.Paragraph>
            {open.state === 'failed' && (
              <Button
                type="primary"
                loading={retry.isPending}
                onClick={() =>
                  retry
                    .mutateAsync(open.id)
                    .then((m) => {
                      setOpen(m);
                      message.success('Đã đưa thư vào hàng chờ gửi lại.');
                    })
                    .catch((err: Error) => message.error(err.message))
                }
              >
                Gửi lại
              </Button>
            )}
          </>
        )}
      </Drawer>
    </>
  );
}
