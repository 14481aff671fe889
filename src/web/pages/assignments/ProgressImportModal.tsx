// Bulk progress update from the unit's own list in Excel: download, fill "Tiến độ (%)" and
// "Ghi chú cập nhật", upload; every row is checked first, then all are saved or none.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, download } from '../../api/client';
import { type ImportRowError, importProgress, type ProgressImportResult } from '../../api/tracking';
import { formatNumber } from '../../lib/format';

export function ProgressImportModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ProgressImportResult | null>(null);
  const [errors, setErrors] = useState<ImportRowError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const qc = useQueryClient();
  const reset = () => {
    setFile(null);
    setResult(null);
    setErrors(null);
    setFailure(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  async function run(f: File, dryRun: boolean) {
    setBusy(true);
    setFailure(null);
    setErrors(null);
    try {
      const r = await importProgress(f, dryRun);
      if (dryRun) setResult(r);
      else {
        message.success(`Đã cập nhật tiến độ ${formatNumber(r.updated)} việc.`);
        await qc.invalidateQueries({ queryKey: ['assignments'] });
        close();
      }
    } catch (err) {
      setResult(null);
      if (err instanceof ApiError && Array.isArray(err.details)) setErrors(err.details as ImportRowError[]);
      setFailure(err instanceof ApiError ? err.message : 'Không đọc được tệp.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open={open}
      onCancel={close}
      width={820}
      title="Cập nhật tiến độ từ Excel"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>Hủy</Button>
          <Button
            type="primary"
            disabled={!file || !result?.updated}
            loading={busy && !!result}
            onClick={() => file && run(file, false)}
          >
            Lưu {result ? formatNumber(result.updated) : ''} thay đổi
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph>
        1. Tải danh sách việc của đơn vị{' '}
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() =>
            download('/assignments/export.xlsx', { bucket: 'open' }).catch((e) => message.error(e.message))
          }
        >
          Tải tệp Excel
        </Button>
        <br />
        2. Ghi tiến độ (0–100) vào cột <strong>Tiến độ (%)</strong>, ghi chú vào cột{' '}
        <strong>Ghi chú cập nhật</strong>; giữ nguyên cột <strong>Mã giao việc</strong>.
        <br />
        3. Tải tệp lên để kiểm tra, rồi bấm Lưu.
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          reset();
          setFile(f);
          run(f, true);
          return false;
        }}
        onRemove={reset}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>Kéo tệp Excel vào đây hoặc bấm để chọn</p>
      </Upload.Dragger>
      {failure && <Alert type="error" showIcon title={failure} style={{ margin: '12px 0' }} />}
      {errors && (
        <Table
          size="small"
          rowKey={(e) => `${e.row}-${e.message}`}
          dataSource={errors}
          pagination={false}
          columns={[
            { title: 'Dòng', dataIndex: 'row', width: 70 },
            { title: 'Cột', dataIndex: 'field', render: (v) => v ?? '—' },
            { title: 'Lỗi', dataIndex: 'message' },
          ]}
        />
      )}
      {result && (
        <>
          <Alert
            type={result.updated ? 'success' : 'info'}
            showIcon
            style={{ margin: '12px 0' }}
            title={`${formatNumber(result.updated)} việc sẽ được cập nhật, ${formatNumber(result.unchanged)} việc không đổi.`}
          />
          <Table
            size="small"
            rowKey="row"
            dataSource={result.rows}
            pagination={false}
            scroll={{ x: 'max-content', y: 320 }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 60 },
              {
                title: 'Nhiệm vụ',
                dataIndex: 'title',
                render: (v) => <div style={{ maxWidth: 360, whiteSpace: 'normal' }}>{v}</div>,
              },
              { title: 'Tiến độ', key: 'p', render: (_, r) => `${r.from}% → ${r.to}%` },
              { title: 'Ghi chú', dataIndex: 'note', render: (v) => v ?? '—' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
