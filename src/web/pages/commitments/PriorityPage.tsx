// The province's priority order across commitments: drag a row (or use the arrows) and save.
import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, List, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { type Commitment, useCommitments, useReorder } from '../../api/commitments';
import { useMe } from '../../api/me';
import { PageHeader } from '../../components/PageHeader';
import { CommitmentsNav } from './CommitmentsNav';
import { RiskTag, StatusTag } from './tags';

export default function PriorityPage() {
  const { data: me } = useMe();
  const { data } = useCommitments({ sort: 'priority', pageSize: 500 });
  const reorder = useReorder();
  const { message } = App.useApp();
  const [order, setOrder] = useState<Commitment[]>([]);
  const [dragging, setDragging] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const canEdit = me?.role === 'focal';
  useEffect(() => {
    if (data && !dirty) setOrder(data.items);
  }, [data, dirty]);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOrder(next);
    setDirty(true);
  };
  async function save() {
    try {
      await reorder.mutateAsync(order.map((c) => c.id));
      setDirty(false);
      message.success('Đã lưu thứ tự ưu tiên.');
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }

  return (
    <>
      <PageHeader
        title="Thứ tự ưu tiên triển khai"
        extra={
          canEdit && (
            <Button type="primary" disabled={!dirty} loading={reorder.isPending} onClick={save}>
              Lưu thứ tự
            </Button>
          )
        }
      />
      <CommitmentsNav />
      <Card size="small">
        {canEdit && (
          <Typography.Paragraph type="secondary">
            Kéo thả từng dòng (hoặc dùng mũi tên) để sắp xếp; ưu tiên các nội dung khả thi cao, làm được ngay.
          </Typography.Paragraph>
        )}
        <List
          dataSource={order}
          renderItem={(c, i) => (
            <List.Item
              draggable={canEdit}
              onDragStart={() => setDragging(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                if (dragging !== null) move(dragging, i);
                setDragging(null);
              }}
              style={{
                background: dragging === i ? '#fff1f0' : undefined,
                cursor: canEdit ? 'grab' : undefined,
              }}
              actions={
                canEdit
                  ? [
                      <Button
                        key="up"
                        size="small"
                        type="text"
                        icon={<ArrowUpOutlined />}
                        aria-label="Lên"
                        onClick={() => move(i, i - 1)}
                      />,
                      <Button
                        key="down"
                        size="small"
                        type="text"
                        icon={<ArrowDownOutlined />}
                        aria-label="Xuống"
                        onClick={() => move(i, i + 1)}
                      />,
                    ]
                  : undefined
              }
            >
              <Flex gap={12} align="center" style={{ width: '100%' }} wrap>
                {canEdit && <HolderOutlined />}
                <Typography.Text strong style={{ width: 28 }}>
                  {i + 1}
                </Typography.Text>
                <div style={{ flex: 1, minWidth: 200 }}>
                  <Link to={`/cam-ket/${c.id}`}>{c.title}</Link>
                  <div style={{ fontSize: 12, color: '#888' }}>
                    {c.partner} · {c.country} · {c.leadUnit?.name ?? 'chưa giao'}
                  </div>
                </div>
                <Progress percent={c.progress} size="small" style={{ width: 120 }} />
                <StatusTag status={c.status} />
                <RiskTag atRisk={c.atRisk} />
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
