// A document's tasks, with adding one by hand or importing an appendix.
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Switch } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type DocumentDetail, useTasks } from '../../api/tracking';
import { formatNumber } from '../../lib/format';
import { TaskDrawer } from './TaskDrawer';
import { TaskImportModal } from './TaskImportModal';
import { TasksTable } from './TasksTable';

export function DocumentTasks({ document, canEdit }: { document: DocumentDetail; canEdit: boolean }) {
  const [page, setPage] = useState(1);
  const [incomplete, setIncomplete] = useState(false);
  const { data, isFetching } = useTasks({
    documentId: document.id,
    page,
    pageSize: 20,
    incomplete: incomplete ? 'true' : undefined,
  });
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      title={`Nhiệm vụ của văn bản (${formatNumber(data?.total ?? document.taskCount)})`}
      extra={
        <Space wrap>
          <Switch size="small" checked={incomplete} onChange={setIncomplete} /> Chưa đủ 6 rõ
          {canEdit && (
            <>
              <Button size="small" icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
                Nhập từ Excel
              </Button>
              <Button
                size="small"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="new-task"
              >
                Thêm nhiệm vụ
              </Button>
            </>
          )}
        </Space>
      }
    >
      <TasksTable
        loading={isFetching}
        dataSource={data?.items}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
      />
      <TaskDrawer
        open={adding}
        documentId={document.id}
        onClose={() => setAdding(false)}
        onSaved={(id) => {
          setAdding(false);
          navigate(`/nhiem-vu/${id}`);
        }}
      />
      {canEdit && (
        <TaskImportModal documentId={document.id} open={importing} onClose={() => setImporting(false)} />
      )}
    </Card>
  );
}
