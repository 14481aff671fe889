// Import tasks from a plan appendix in Excel: check first and show every row (and every error),
// then save all rows, or nothing.
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { type ImportRowError, importTasks, type TaskImportResult } from '../../api/tracking';
import { formatDate, formatNumber } from '../../lib/format';
import { ClarityBadge } from '../assignments/tags';

export function TaskImportModal({
  documentId,
  open,
  onClose,
}: {
  documentId: string;
  open: boolean;
  onClose(): void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [assign, setAssign] = useState(true);
  const [result, setResult] = useState<TaskImportResult | null>(null);
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
      const r = await importTasks({ documentId, file: f, dryRun, assign });
      if (dryRun) setResult(r);
      else {
        message.success(
          `Đã nhập ${formatNumber(r.created)} nhiệm vụ, giao ${formatNumber(r.assignments)} lượt đơn vị.`,
        );
        await qc.invalidateQueries({ queryKey: ['tasks'] });
        await qc.invalidateQueries({ queryKey: ['documents'] });
        close();
      }
    } catch (err) {
      setResult(null);
      if (err instanceof ApiError && Array.isArray(err.details)) {
        setErrors(err.details as ImportRowError[]);
        setFailure(err.message);
      } else setFailure(err instanceof ApiError ? err.message : 'Không đọc được tệp.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      onCancel={close}
      width={960}
      title="Nhập nhiệm vụ từ phụ lục Excel"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>Hủy</Button>
          <Button
            type="primary"
            disabled={!file || !result || busy}
            loading={busy && !!result}
            onClick={() => file && run(file, false)}
          >
            Lưu {result ? formatNumber(result.created) : ''} nhiệm vụ
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        Tệp .xlsx có dòng tiêu đề gồm các cột:{' '}
        <strong>STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm</strong> (có
        thể thêm Người phụ trách, Trách nhiệm, Thẩm quyền). Dòng mục (I, II…) được bỏ qua. Có lỗi ở bất kỳ
        dòng nào thì không lưu gì.
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
      <Checkbox checked={assign} onChange={(e) => setAssign(e.target.checked)} style={{ margin: '12px 0' }}>
        Giao luôn cho cơ quan chủ trì và phối hợp
      </Checkbox>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      {errors && (
        <Table
          size="small"
          rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
          dataSource={errors}
          pagination={false}
          scroll={{ y: 320 }}
          columns={[
            { title: 'Dòng', dataIndex: 'row', width: 70 },
            { title: 'Cột', dataIndex: 'field', width: 180, render: (v) => v ?? '—' },
            { title: 'Lỗi', dataIndex: 'message' },
          ]}
        />
      )}
      {result && (
        <>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={`Tệp hợp lệ: ${formatNumber(result.created)} nhiệm vụ${assign ? `, giao ${formatNumber(result.assignments)} lượt đơn vị` : ''}. Kiểm tra rồi bấm Lưu.`}
          />
          <Table
            size="small"
            rowKey="row"
            dataSource={result.rows}
            pagination={false}
            scroll={{ x: 'max-content', y: 360 }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 60 },
              {
                title: 'Nhiệm vụ',
                dataIndex: 'title',
                render: (v) => <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>{v}</div>,
              },
              { title: 'Chủ trì', dataIndex: 'leadUnitName', render: (v) => v ?? '—' },
              {
                title: 'Phối hợp',
                dataIndex: 'coordinatingUnitNames',
                render: (v: string[]) => v.join('; ') || '—',
              },
              { title: 'Thời hạn', key: 't', render: (_, r) => r.recurrence ?? formatDate(r.dueOn) },
              { title: 'Sản phẩm', dataIndex: 'product', render: (v) => v ?? '—' },
              { title: '6 rõ', dataIndex: 'missingClarity', render: (m) => <ClarityBadge missing={m} /> },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
