// Import units from a CSV: check first (dry run) and show each row's error, then save all or nothing.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { type ImportResult, type ImportRowError, useImportUnits } from '../../api/units';
import { formatNumber } from '../../lib/format';

const SAMPLE = 'code,name,short_name,kind,gso_code\nSTP,Sở Tư pháp,STP,so,\n';

const actionTags: Record<ImportResult['rows'][number]['action'], { color: string; label: string }> = {
  create: { color: 'green', label: 'Thêm mới' },
  update: { color: 'blue', label: 'Cập nhật' },
  unchanged: { color: 'default', label: 'Giữ nguyên' },
};

type Preview =
  | { csv: string; result: ImportResult }
  | { csv: string; errors: ImportRowError[]; message: string };

export function UnitImportModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const importUnits = useImportUnits();
  const { message } = App.useApp();

  const reset = () => {
    setCsv('');
    setFileName(null);
    setPreview(null);
    setFailure(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  async function check() {
    setFailure(null);
    setPreview(null);
    try {
      const result = await importUnits.mutateAsync({ csv, dryRun: true });
      setPreview({ csv, result });
    } catch (err) {
      if (err instanceof ApiError && Array.isArray(err.details))
        setPreview({ csv, errors: err.details as ImportRowError[], message: err.message });
      else setFailure(err instanceof ApiError ? err.message : 'Không kiểm tra được tệp.');
    }
  }

  async function save() {
    setFailure(null);
    try {
      const r = await importUnits.mutateAsync({ csv, dryRun: false });
      message.success(
        `Đã nhập: thêm ${formatNumber(r.created)}, cập nhật ${formatNumber(r.updated)}, giữ nguyên ${formatNumber(r.unchanged)} đơn vị.`,
      );
      close();
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }

  const checked = preview && preview.csv === csv ? preview : null;
  const ready = checked && 'result' in checked ? checked.result : null;
  const changes = ready ? ready.created + ready.updated : 0;

  return (
    <Modal
      open={open}
      onCancel={close}
      title="Nhập danh mục đơn vị từ CSV"
      width={820}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="end" wrap>
          <Button onClick={close}>Đóng</Button>
          <Button onClick={check} disabled={!csv.trim()} loading={importUnits.isPending && !ready}>
            Kiểm tra
          </Button>
          <Button
            type="primary"
            onClick={save}
            disabled={!ready || changes === 0}
            loading={importUnits.isPending && Boolean(ready)}
          >
            Lưu {ready ? formatNumber(changes) : ''} thay đổi
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        Tệp CSV (UTF-8) có dòng tiêu đề với các cột <code>code</code>, <code>name</code>,{' '}
        <code>short_name</code>, <code>kind</code> (tinh, so, ban_nganh, phuong, xa) và <code>gso_code</code>{' '}
        (không bắt buộc). Đơn vị đã có mã sẽ được cập nhật. Bấm «Kiểm tra» để xem trước; chỉ khi tệp không có
        lỗi mới lưu được, và lưu tất cả hoặc không lưu gì.
      </Typography.Paragraph>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={async (file) => {
            setCsv(await file.text());
            setFileName(file.name);
            setPreview(null);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>Chọn tệp CSV</Button>
        </Upload>
        <Typography.Text type="secondary">{fileName ?? 'hoặc dán nội dung vào ô dưới đây'}</Typography.Text>
      </Flex>
      <Input.TextArea
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
        placeholder={SAMPLE}
        autoSize={{ minRows: 4, maxRows: 10 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        aria-label="Nội dung CSV"
      />
      {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} />}
      {checked && 'errors' in checked && (
        <div style={{ marginTop: 12 }} data-testid="import-errors">
          <Alert type="error" showIcon title={checked.message} style={{ marginBottom: 8 }} />
          <Table<ImportRowError>
            size="small"
            rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
            dataSource={checked.errors}
            pagination={checked.errors.length > 10 ? { pageSize: 10 } : false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 70 },
              { title: 'Cột', dataIndex: 'field', width: 110, render: (f) => f ?? '—' },
              { title: 'Lỗi', dataIndex: 'message' },
            ]}
          />
        </div>
      )}
      {ready && (
        <div style={{ marginTop: 12 }} data-testid="import-preview">
          <Alert
            type={changes ? 'success' : 'info'}
            showIcon
            title={`Tệp hợp lệ: sẽ thêm ${formatNumber(ready.created)}, cập nhật ${formatNumber(ready.updated)}, giữ nguyên ${formatNumber(ready.unchanged)} đơn vị.`}
            style={{ marginBottom: 8 }}
          />
          <Table
            size="small"
            rowKey="row"
            dataSource={ready.rows}
            pagination={ready.rows.length > 10 ? { pageSize: 10 } : false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 70 },
              { title: 'Mã', dataIndex: 'code', width: 110 },
              { title: 'Tên đơn vị', dataIndex: 'name' },
              {
                title: 'Thao tác',
                dataIndex: 'action',
                width: 120,
                render: (a: keyof typeof actionTags) => (
                  <Tag color={actionTags[a].color}>{actionTags[a].label}</Tag>
                ),
              },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
