// The urging letters (công văn đôn đốc) a unit received: when, for which task, the new deadline,
// the letter to download. A unit's people see their own unit's; Sở Ngoại vụ passes `unitId`.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { downloadSentLetter, type ReceivedUrging, useReceivedUrgings } from '../../api/urgings';
import { ListTable } from '../../components/ListTable';
import { formatDate, formatNumber } from '../../lib/format';

export function ReceivedUrgings({
  unitId,
  title = 'Công văn đôn đốc đã nhận',
}: {
  unitId?: string;
  title?: string;
}) {
  const [page, setPage] = useState(1);
  const { data, isFetching } = useReceivedUrgings({ unitId, page, pageSize: 10 });
  const { message } = App.useApp();
  if (data && data.total === 0 && page === 1) return null;
  return (
    <Card
      size="small"
      title={`${title}${data ? ` (${formatNumber(data.total)})` : ''}`}
      style={{ marginTop: 16 }}
      data-testid="received-urgings"
    >
      <ListTable<ReceivedUrging>
        rowKey={(r) => `${r.id}-${r.assignmentId}`}
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        rowHref={(r) => `/giao-viec/${r.assignmentId}`}
        pagination={{
          current: page,
          pageSize: 10,
          total: data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: 'Ngày', dataIndex: 'urgedOn', width: 100, render: (v) => formatDate(v) },
          {
            title: 'Nhiệm vụ',
            dataIndex: 'taskTitle',
            minWidth: 220,
            render: (t: string, r) => (
              <span>
                <Link to={`/giao-viec/${r.assignmentId}`}>{t}</Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {unitId === undefined ? '' : `${r.unitName} · `}
                  {formatNumber(r.complied)}/{formatNumber(r.total)} đơn vị đã thực hiện khi đôn đốc
                </Typography.Text>
              </span>
            ),
          },
          { title: 'Thời hạn mới', dataIndex: 'newDueOn', width: 110, render: (v) => formatDate(v) },
          {
            title: 'Công văn',
            key: 'letter',
            width: 100,
            render: (_, r) => (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                aria-label="Tải công văn đôn đốc"
                onClick={() => downloadSentLetter(r.id).catch((e) => message.error(e.message))}
              >
                .docx
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
