// A document's lineage: the documents above it (what it implements or cites), itself, those
// below it, in date order, and the plans units submitted for its tasks.
import { FilePdfOutlined } from '@ant-design/icons';
import { Collapse, Empty, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { documentLinkKindLabels } from '../../../shared/documents';
import { fileUrl, type Lineage, useLineage } from '../../api/tracking';
import { formatDate, formatNumber } from '../../lib/format';
import { WorkflowTag } from '../assignments/tags';

function relation(l: Lineage, id: string) {
  const out = l.links.filter((x) => x.fromId === id);
  return out.map((x) => {
    const to = l.nodes.find((n) => n.id === x.toId);
    return to ? `${x.kind === 'implements' ? 'Triển khai' : 'Căn cứ'} ${to.number}` : '';
  });
}

export function LineageView({ documentId }: { documentId: string }) {
  const { data, isPending, error } = useLineage(documentId);
  if (isPending) return <Skeleton active />;
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  if (data.nodes.length === 1 && !data.unitProducts.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Văn bản chưa liên kết với văn bản nào" />;
  return (
    <div data-testid="lineage">
      <Timeline
        items={data.nodes.map((n) => {
          const self = n.id === data.rootId;
          return {
            key: n.id,
            color: self ? 'red' : n.depth < 0 ? 'blue' : 'green',
            content: (
              <div>
                {self ? (
                  <Typography.Text strong>{n.number}</Typography.Text>
                ) : (
                  <Link to={`/van-ban/${n.id}`}>
                    <strong>{n.number}</strong>
                  </Link>
                )}{' '}
                <Typography.Text type="secondary">
                  {n.type} · {formatDate(n.issuedOn)} · {n.unitName ?? n.issuer}
                </Typography.Text>
                {self && <Tag style={{ marginInlineStart: 6 }}>Văn bản đang xem</Tag>}
                <div style={{ fontSize: 13 }}>{n.summary}</div>
                {relation(data, n.id).map((r) => (
                  <Tag key={r} color="default" style={{ marginTop: 4 }}>
                    {r}
                  </Tag>
                ))}
              </div>
            ),
          };
        })}
      />
      {data.unitProducts.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'plans',
              label: `Kế hoạch, sản phẩm của các đơn vị (${formatNumber(data.unitProducts.length)})`,
              children: (
                <Table
                  size="small"
                  rowKey="assignmentId"
                  dataSource={data.unitProducts}
                  pagination={{ pageSize: 10, size: 'small' }}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    {
                      title: 'Đơn vị',
                      dataIndex: 'unitName',
                      render: (v, p) => <Link to={`/giao-viec/${p.assignmentId}`}>{v}</Link>,
                    },
                    { title: 'Số, ký hiệu', dataIndex: 'productNumber', render: (v) => v ?? '—' },
                    { title: 'Ngày', dataIndex: 'productDate', render: (v) => formatDate(v) },
                    {
                      title: 'Tệp',
                      dataIndex: 'productFileId',
                      render: (v: string | null) =>
                        v ? (
                          <a href={fileUrl(v, true)} target="_blank" rel="noreferrer" aria-label="Mở tệp">
                            <FilePdfOutlined />
                          </a>
                        ) : (
                          '—'
                        ),
                    },
                    {
                      title: 'Tình trạng',
                      dataIndex: 'workflow',
                      render: (w) => <WorkflowTag workflow={w} />,
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {Object.values(documentLinkKindLabels).join(' · ')}: liên kết giữa các văn bản, theo ngày ban hành.
      </Typography.Paragraph>
    </div>
  );
}
