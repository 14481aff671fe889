// Kế hoạch năm: the plans drafted so far, and a new draft from a year and the programme documents.
import { FileAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, InputNumber, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { type PlanSummary, useCreatePlan, usePlans } from '../../api/annual-plans';
import { useMe } from '../../api/me';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { DocumentSelect } from '../documents/DocumentSelect';

export default function AnnualPlansPage() {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, error, isPending } = usePlans();
  const create = useCreatePlan();
  const [form] = Form.useForm<{ year: number; documentIds: string[] }>();
  const canCreate = me?.role === 'focal';
  return (
    <>
      <PageHeader title="Kế hoạch thực hiện hằng năm" />
      {canCreate && (
        <Card size="small" title="Lập dự thảo kế hoạch năm" style={{ marginBottom: 16 }}>
          <Form
            form={form}
            layout="inline"
            initialValues={{ year: new Date().getFullYear() + 1 }}
            onFinish={(v) =>
              create.mutate(v, {
                onSuccess: (p) => navigate(`/ke-hoach-nam/${p.id}`),
                onError: (e) => message.error(e.message),
              })
            }
            style={{ rowGap: 8 }}
          >
            <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Nhập năm' }]}>
              <InputNumber min={2020} max={2100} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item
              label="Văn bản chương trình"
              name="documentIds"
              rules={[{ required: true, message: 'Chọn ít nhất một văn bản' }]}
              style={{ minWidth: 420, flex: 1 }}
            >
              <DocumentSelect aria-label="Văn bản chương trình" />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<FileAddOutlined />} loading={create.isPending}>
                Lập dự thảo
              </Button>
            </Form.Item>
          </Form>
        </Card>
      )}
      {error && <Alert type="error" showIcon message={error.message} />}
      <Table<PlanSummary>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: 'Chưa có kế hoạch năm nào.' }}
        columns={[
          {
            title: 'Năm',
            dataIndex: 'year',
            width: 80,
            render: (y: number, p) => <Link to={`/ke-hoach-nam/${p.id}`}>Năm {y}</Link>,
          },
          {
            title: 'Thực hiện văn bản',
            render: (_, p) => p.documents.map((d) => d.number).join(', '),
          },
          {
            title: 'Tình trạng',
            width: 220,
            render: (_, p) =>
              p.status === 'issued' ? (
                <Tag color="green">
                  Đã ban hành: {p.number}, {formatDate(p.issuedOn)}
                </Tag>
              ) : (
                <Tag>Dự thảo</Tag>
              ),
          },
          { title: 'Ngày lập', dataIndex: 'createdAt', width: 120, render: (v: string) => formatDate(v) },
        ]}
      />
    </>
  );
}
