// The files attached to a record (a document's text, a unit report's signed scan): each opens in
// a new tab; those who may edit attach more (PDF, Word, Excel, images; ≤ 20 MB) and remove them.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, type CardProps, Empty, List, Popconfirm, Upload } from 'antd';
import { ApiError } from '../api/client';
import { ACCEPTED_FILES, fileUrl } from '../api/tracking';
import { formatNumber } from '../lib/format';

export interface AttachedFile {
  id: string;
  name: string;
  size: number;
}

export const sizeLabel = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

export function AttachmentsCard({
  title = 'Tệp đính kèm',
  files,
  canEdit,
  busy,
  onAdd,
  onRemove,
  emptyText = 'Chưa có tệp (PDF, Word; tối đa 20 MB)',
  addLabel = 'Đính kèm',
  ...card
}: {
  title?: string;
  files: AttachedFile[];
  canEdit: boolean;
  busy?: boolean;
  onAdd: (file: File) => Promise<unknown>;
  onRemove: (id: string) => Promise<unknown>;
  emptyText?: string;
  addLabel?: string;
} & Omit<CardProps, 'title' | 'extra'>) {
  const { message } = App.useApp();
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : 'Không thực hiện được.', 8);
  return (
    <Card
      size="small"
      {...card}
      title={`${title} (${formatNumber(files.length)})`}
      extra={
        canEdit && (
          <Upload
            accept={ACCEPTED_FILES}
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) =>
              onAdd(file as File)
                .then(() => {
                  onSuccess?.({});
                  message.success('Đã đính kèm tệp.');
                })
                .catch((e) => {
                  onError?.(e);
                  fail(e);
                })
            }
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy}>
              {addLabel}
            </Button>
          </Upload>
        )
      }
    >
      {files.length ? (
        <List
          size="small"
          dataSource={files}
          renderItem={(f) => (
            <List.Item
              actions={
                canEdit
                  ? [
                      <Popconfirm
                        key="rm"
                        title="Gỡ tệp này?"
                        okText="Gỡ"
                        cancelText="Hủy"
                        onConfirm={() => onRemove(f.id).catch(fail)}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`Gỡ tệp ${f.name}`}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <a href={fileUrl(f.id, true)} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {f.name}
              </a>{' '}
              <span style={{ color: '#999', fontSize: 12 }}>{sizeLabel(f.size)}</span>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      )}
    </Card>
  );
}
