// High-level foreign activities: list and record (Sở Ngoại vụ).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Input, Select, Tag } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ActivityKind, activityKindLabels } from '../../../shared/commitments';
import { ApiError } from '../../api/client';
import { type Activity, useActivities, useSaveActivity } from '../../api/commitments';
import { useMe } from '../../api/me';
import { useDocuments } from '../../api/tracking';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { DATE_FORMAT, formatDate, toApiDate } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { CommitmentsNav } from './CommitmentsNav';
import { optionsOf } from './tags';

/** An activity's row opens the commitments recorded from it. */
const commitmentsOf = (a: Activity) => `/cam-ket?activityId=${a.id}`;

export default function ActivitiesPage() {
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const { data, isFetching } = useActivities({ page, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Hoạt động đối ngoại cấp cao"
        extra={
          me?.role === 'focal' && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-activity"
            >
              Ghi nhận hoạt động
            </Button>
          )
        }
      />
      <CommitmentsNav />
      <ListTable<Activity>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items}
        rowHref={commitmentsOf}
        pagination={{ current: page, pageSize: 20, total: data?.total, onChange: setPage }}
        columns={[
          {
            title: 'Hoạt động',
            dataIndex: 'title',
            minWidth: 240,
            render: (title: string, a) => <Link to={commitmentsOf(a)}>{title}</Link>,
          },
          {
            title: 'Loại',
            dataIndex: 'kind',
            width: 170,
            render: (k: ActivityKind) => activityKindLabels[k],
          },
          {
            title: 'Thời gian',
            width: 170,
            render: (_, a) =>
              `${formatDate(a.startOn)}${a.endOn && a.endOn !== a.startOn ? ` – ${formatDate(a.endOn)}` : ''}`,
          },
          {
            title: 'Quốc gia',
            dataIndex: 'countries',
            width: 150,
            render: (cs: string[]) => cs.map((c) => <Tag key={c}>{c}</Tag>),
          },
          {
            title: 'Văn bản ghi nhận',
            dataIndex: 'documents',
            width: 170,
            render: (ds: Activity['documents']) =>
              ds.map((d) => (
                <Tag key={d.id}>
                  <Link to={`/van-ban/${d.id}`}>{d.number}</Link>
                </Tag>
              )),
          },
          { title: 'Cam kết', dataIndex: 'commitmentCount', width: 80, align: 'right' },
        ]}
      />
      {creating && <ActivityDrawer onClose={() => setCreating(false)} />}
    </>
  );
}

type Values = {
  kind: ActivityKind;
  title: string;
  dates: [dayjs.Dayjs, dayjs.Dayjs | null];
  place?: string;
  leaders?: string;
  countries: string[];
  summary?: string;
};

function ActivityDrawer({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveActivity();
  const { message } = App.useApp();
  const [docSearch, setDocSearch] = useState('');
  const docQ = useDebounced(docSearch.trim(), 300);
  const docs = useDocuments({ q: docQ || undefined, pageSize: 20 });
  async function submit(v: Values) {
    const { dates, ...rest } = v;
    try {
      await save.mutateAsync({
        body: { ...rest, startOn: toApiDate(dates[0]), endOn: toApiDate(dates[1]) ?? null },
      });
      message.success('Đã ghi nhận hoạt động.');
      onClose();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }
  return (
    <Drawer
      open
      size={520}
      title="Ghi nhận hoạt động đối ngoại cấp cao"
      onClose={onClose}
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => form.submit()}
          data-testid="save-activity"
        >
          Lưu
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'reception', countries: [] }}
      >
        <Form.Item name="kind" label="Loại hoạt động">
          <Select options={optionsOf(activityKindLabels)} />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tên hoạt động"
          rules={[{ required: true, min: 3, message: 'Nhập tên hoạt động' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="dates" label="Thời gian" rules={[{ required: true, message: 'Chọn thời gian' }]}>
          <DatePicker.RangePicker format={DATE_FORMAT} allowEmpty={[false, true]} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label="Địa điểm">
          <Input />
        </Form.Item>
        <Form.Item name="leaders" label="Lãnh đạo tỉnh tham gia (chức danh)">
          <Input />
        </Form.Item>
        <Form.Item name="countries" label="Quốc gia đối tác">
          <Select mode="tags" placeholder="Gõ tên quốc gia rồi Enter" />
        </Form.Item>
        <Form.Item name="documentIds" label="Văn bản ghi nhận hoạt động">
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setDocSearch }}
            placeholder="Tìm theo số, ký hiệu hoặc trích yếu"
            options={(docs.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${d.number} — ${d.summary}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="summary" label="Tóm tắt">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
