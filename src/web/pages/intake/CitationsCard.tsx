// The documents the directive cites: linked on save to those already registered (same number);
// the others are listed, not created.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { formatDate } from '../../lib/format';
import type { DraftCitation } from './draft';
import { Locate, type OnLocate } from './Locate';

export function CitationsCard({
  cited,
  onRemove,
  onLocate,
}: {
  cited: DraftCitation[];
  onRemove: (key: string) => void;
  onLocate: OnLocate;
}) {
  return (
    <Card title={`Văn bản viện dẫn (${cited.length})`} size="small">
      {!cited.length && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không viện dẫn văn bản nào" />
      )}
      <Flex vertical gap={6}>
        {cited.map((c) => (
          <Flex key={c.key} gap={8} align="center" wrap justify="space-between" data-testid="intake-citation">
            <span style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text strong>{c.number}</Typography.Text>
              {c.date && <span> ngày {formatDate(c.date)}</span>}
              {c.issuer && <Typography.Text type="secondary"> — {c.issuer}</Typography.Text>}{' '}
              {c.existingId ? (
                <a href={`/van-ban/${c.existingId}`} target="_blank" rel="noreferrer">
                  <Tag color="green">Đã có trong hệ thống — sẽ liên kết</Tag>
                </a>
              ) : (
                <Tag>Chưa có trong hệ thống — không tạo mới</Tag>
              )}
            </span>
            <span>
              <Locate spans={[c.span]} onLocate={onLocate} label={c.number} />
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Bỏ văn bản viện dẫn ${c.number}`}
                onClick={() => onRemove(c.key)}
              />
            </span>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
