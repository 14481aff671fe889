// The compiled report of a round (báo cáo tổng hợp): Sở Ngoại vụ reads the draft written from the
// units' reports, edits its text, writes it again to fold in late reports, and produces the
// .docx, the annex .xlsx and the covering công văn; each produced file is kept with the round
// as a version and downloaded from here. Leaders read the draft and the produced files.
import { DownloadOutlined, FileWordOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, download } from '../../api/client';
import {
  type OutputKind,
  type ReportDraft,
  type ReportOutput,
  useCompileMutations,
  useReportDraft,
  useReportOutputs,
} from '../../api/report-compile';
import { ListTable } from '../../components/ListTable';
import { formatDateTime, formatNumber } from '../../lib/format';

const kindLabels: Record<OutputKind, string> = {
  report: 'Báo cáo tổng hợp (.docx)',
  annex: 'Phụ lục I, II (.xlsx)',
  letter: 'Công văn đề nghị báo cáo (.docx)',
};

interface Values {
  summary: string;
  intro: string;
  statistics: string;
  reporting: string;
  sections: Record<string, string>;
  closing: string;
}

const toValues = (d: ReportDraft): Values => ({
  summary: d.summary,
  intro: d.intro,
  statistics: d.statistics,
  reporting: d.reporting,
  sections: Object.fromEntries(d.sections.map((s) => [s.key, s.text])),
  closing: d.closing,
});

const area = { autoSize: { minRows: 2, maxRows: 16 } };

export function CompiledReport({ roundId, canEdit }: { roundId: string; canEdit: boolean }) {
  const draft = useReportDraft(roundId);
  const outputs = useReportOutputs(roundId);
  const { save, produce } = useCompileMutations(roundId);
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const d = draft.data;

  useEffect(() => {
    if (!d) return;
    form.setFieldsValue(toValues(d));
    setDirty(false);
  }, [d, form]);

  const fail = (err: unknown, fallback: string) => {
    if (err instanceof ApiError && err.code === 'REPORT_DRAFT_VERSION_CONFLICT') setConflict(err.message);
    else message.error(err instanceof ApiError ? err.message : fallback);
  };

  async function saveDraft(): Promise<boolean> {
    if (!d) return false;
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        version: d.version,
        summary: v.summary,
        intro: v.intro,
        statistics: v.statistics,
        reporting: v.reporting,
        closing: v.closing,
        sections: d.sections.map((s) => ({ key: s.key, text: v.sections?.[s.key] ?? s.text })),
      });
      setConflict(null);
      return true;
    } catch (err) {
      fail(err, 'Không lưu được dự thảo.');
      return false;
    }
  }

  function regenerate() {
    if (!d) return;
    const run = async () => {
      try {
        await save.mutateAsync({ version: d.version, regenerate: true });
        setConflict(null);
        message.success('Đã viết lại dự thảo từ báo cáo của các đơn vị.');
      } catch (err) {
        fail(err, 'Không viết lại được dự thảo.');
      }
    };
    if (!d.edited && !dirty) return void run();
    modal.confirm({
      title: 'Viết lại dự thảo từ báo cáo của các đơn vị?',
      content: 'Những chỗ đã sửa trong dự thảo sẽ mất; báo cáo gửi muộn được đưa vào.',
      okText: 'Viết lại',
      cancelText: 'Thôi',
      onOk: run,
    });
  }

  async function produceAndDownload(kind: OutputKind) {
    if (dirty && !(await saveDraft())) return;
    try {
      const list = await produce.mutateAsync(kind);
      const newest = list.items
        .filter((o) => o.kind === kind)
        .reduce<ReportOutput | null>((a, o) => (!a || o.version > a.version ? o : a), null);
      if (!newest) return;
      message.success(`Đã lập ${newest.fileName}.`);
      await download(`/files/${newest.fileId}/download`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lập được tệp.');
    }
  }

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card
        title="Dự thảo báo cáo tổng hợp"
        extra={
          d && (
            <Typography.Text type="secondary">
              {d.version ? `Phiên bản ${d.version}` : 'Chưa lưu'} · viết lúc {formatDateTime(d.generatedAt)}
              {d.edited && ' · đã sửa'}
            </Typography.Text>
          )
        }
      >
        {draft.error && <Alert type="error" showIcon title={draft.error.message} />}
        {conflict && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={conflict}
            action={
              <Button size="small" onClick={() => draft.refetch().then(() => setConflict(null))}>
                Tải lại
              </Button>
            }
          />
        )}
        {d && (
          <Form
            form={form}
            layout="vertical"
            disabled={!canEdit}
            onValuesChange={() => setDirty(true)}
            requiredMark={false}
          >
            <Form.Item
              name="summary"
              label="Trích yếu"
              rules={[{ required: true, min: 5, message: 'Nhập trích yếu (ít nhất 5 ký tự)' }]}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="intro" label="Mở đầu">
              <Input.TextArea {...area} />
            </Form.Item>
            <Form.Item
              name="statistics"
              label="Số liệu nhiệm vụ"
              extra="Viết từ số liệu theo dõi đến ngày chốt; sửa nếu cần."
            >
              <Input.TextArea {...area} />
            </Form.Item>
            <Form.Item name="reporting" label="Tình hình đơn vị gửi báo cáo">
              <Input.TextArea {...area} />
            </Form.Item>
            {d.sections.map((s) => (
              <Form.Item key={s.key} name={['sections', s.key]} label={s.title}>
                <Input.TextArea {...area} />
              </Form.Item>
            ))}
            <Form.Item name="closing" label="Kết thúc">
              <Input.TextArea {...area} />
            </Form.Item>
          </Form>
        )}
        {canEdit && d && (
          <Space wrap>
            <Button icon={<SaveOutlined />} loading={save.isPending} disabled={!dirty} onClick={saveDraft}>
              Lưu dự thảo
            </Button>
            <Button icon={<ReloadOutlined />} onClick={regenerate} disabled={save.isPending}>
              Viết lại từ báo cáo của đơn vị
            </Button>
            <Button
              type="primary"
              icon={<FileWordOutlined />}
              loading={produce.isPending && produce.variables === 'report'}
              onClick={() => produceAndDownload('report')}
            >
              Lập báo cáo (.docx)
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={produce.isPending && produce.variables === 'annex'}
              onClick={() => produceAndDownload('annex')}
            >
              Lập phụ lục (.xlsx)
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={produce.isPending && produce.variables === 'letter'}
              onClick={() => produceAndDownload('letter')}
            >
              Lập công văn đề nghị báo cáo
            </Button>
          </Space>
        )}
      </Card>
      <Card title="Các tệp đã lập" styles={{ body: { padding: 12 } }}>
        <ListTable<ReportOutput>
          rowKey="id"
          size="small"
          loading={outputs.isFetching}
          dataSource={outputs.data?.items}
          pagination={false}
          locale={{ emptyText: 'Chưa lập tệp nào.' }}
          columns={[
            { title: 'Tệp', dataIndex: 'kind', render: (k: OutputKind) => kindLabels[k] },
            { title: 'Phiên bản', dataIndex: 'version', render: (v: number) => <Tag>v{v}</Tag> },
            { title: 'Lập lúc', dataIndex: 'createdAt', render: formatDateTime },
            {
              title: 'Dung lượng',
              dataIndex: 'size',
              render: (n: number) => `${formatNumber(Math.ceil(n / 1024))} KB`,
            },
            {
              title: '',
              key: 'get',
              render: (_: unknown, o) => (
                <Button
                  type="link"
                  style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    download(`/files/${o.fileId}/download`).catch((e: Error) => message.error(e.message))
                  }
                >
                  {o.fileName}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
