// Lịch nghỉ lễ: the days off and the weekend days worked of a year, which every deadline "N ngày
// làm việc" is counted on. Administrators edit a copy and save the year; others read it.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { type HolidayKind, holidayKindLabels, holidayKinds, isWeekend } from '../../../shared/working-days';
import { type HolidayDay, useHolidays, useSaveHolidays } from '../../api/holidays';
import { useMe } from '../../api/me';
import { PageHeader } from '../../components/PageHeader';
import { DATE_FORMAT, formatDate, formatDateTime, toApiDate } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';

type Row = Omit<HolidayDay, 'workingDay'>;

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const kindColors: Record<HolidayKind, string> = { holiday: 'red', compensatory: 'orange', workday: 'blue' };

export default function HolidaysPage() {
  const { message } = App.useApp();
  const { data: me } = useMe();
  const canEdit = me?.role === 'admin';
  const { params, setParam } = useUrlParams();
  const thisYear = dayjs().year();
  const year = Number(params.get('year') ?? thisYear);
  const { data, isFetching, error } = useHolidays(year);
  const save = useSaveHolidays(year);
  // The edited copy belongs to the year it was made for: changing the year drops it.
  const [draft, setDraft] = useState<{ year: number; rows: Row[] } | null>(null);
  const rows = draft?.year === year ? draft.rows : null;
  const setRows = (next: Row[] | null) => setDraft(next ? { year, rows: next } : null);
  const [adding, setAdding] = useState<dayjs.Dayjs | null>(null);

  const shown: Row[] = rows ?? data?.items ?? [];
  const dirty = rows !== null;

  const edit = (date: string, patch: Partial<Row>) =>
    setRows(shown.map((r) => (r.date === date ? { ...r, ...patch } : r)));
  const add = (d: dayjs.Dayjs | null) => {
    const date = toApiDate(d);
    if (!date) return;
    if (shown.some((r) => r.date === date)) {
      message.warning(`Ngày ${formatDate(date)} đã có trong lịch.`);
      return;
    }
    const kind: HolidayKind = isWeekend(date) ? 'workday' : 'holiday';
    setRows([...shown, { date, kind, name: '' }].sort((a, b) => a.date.localeCompare(b.date)));
    setAdding(null);
  };
  const onSave = async () => {
    try {
      await save.mutateAsync(shown.map(({ date, kind, name }) => ({ date, kind, name: name.trim() })));
      setRows(null);
      message.success(`Đã lưu lịch nghỉ lễ năm ${year}.`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const years = Array.from({ length: 6 }, (_, i) => thisYear - 1 + i);

  return (
    <>
      <PageHeader
        title="Lịch nghỉ lễ"
        extra={
          <Select
            aria-label="Năm"
            value={year}
            onChange={(v) => setParam({ year: v === thisYear ? undefined : String(v) })}
            options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
            style={{ width: 120 }}
          />
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Thời hạn tính theo "ngày làm việc" (hạn nộp báo cáo, đôn đốc) bỏ qua thứ Bảy, Chủ nhật, các ngày
          nghỉ lễ, Tết và nghỉ bù dưới đây, và tính cả các ngày làm bù.
        </Typography.Paragraph>
      </PageHeader>
      <Card styles={{ body: { padding: 12 } }}>
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        {data && (
          <Alert
            style={{ marginBottom: 12 }}
            type={data.source === 'default' ? 'info' : 'success'}
            showIcon
            message={
              data.source === 'default'
                ? `Năm ${year} đang dùng lịch nghỉ lễ mặc định theo Bộ luật Lao động (Tết Nguyên đán, Giỗ Tổ Hùng Vương theo âm lịch). Quản trị viên cập nhật theo thông báo nghỉ lễ hằng năm.`
                : `Lịch năm ${year} do quản trị viên cập nhật lúc ${formatDateTime(data.updatedAt)}.`
            }
          />
        )}
        <Table<Row>
          rowKey="date"
          size="middle"
          loading={isFetching}
          dataSource={shown}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: 'Ngày',
              dataIndex: 'date',
              width: 170,
              render: (d: string) => (
                <span>
                  {formatDate(d)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {weekdayNames[dayjs(d).day()]}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: 'Loại',
              dataIndex: 'kind',
              width: 200,
              render: (k: HolidayKind, r) =>
                canEdit ? (
                  <Select
                    aria-label={`Loại ngày ${formatDate(r.date)}`}
                    value={k}
                    onChange={(v) => edit(r.date, { kind: v })}
                    options={holidayKinds.map((x) => ({ value: x, label: holidayKindLabels[x] }))}
                    style={{ width: '100%' }}
                  />
                ) : (
                  <Tag color={kindColors[k]}>{holidayKindLabels[k]}</Tag>
                ),
            },
            {
              title: 'Tên ngày',
              dataIndex: 'name',
              render: (n: string, r) =>
                canEdit ? (
                  <Input
                    aria-label={`Tên ngày ${formatDate(r.date)}`}
                    value={n}
                    status={n.trim().length < 2 ? 'error' : undefined}
                    placeholder="Ví dụ: Nghỉ bù Giỗ Tổ Hùng Vương"
                    onChange={(e) => edit(r.date, { name: e.target.value })}
                    style={{ minWidth: 280 }}
                  />
                ) : (
                  n
                ),
            },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'remove',
                    width: 48,
                    render: (_: unknown, r: Row) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`Bỏ ngày ${formatDate(r.date)}`}
                        onClick={() => setRows(shown.filter((x) => x.date !== r.date))}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
        {canEdit && (
          <Flex wrap gap={8} justify="space-between" style={{ marginTop: 12 }}>
            <Space wrap>
              <DatePicker
                aria-label="Ngày cần thêm"
                format={DATE_FORMAT}
                value={adding}
                onChange={setAdding}
                minDate={dayjs(`${year}-01-01`)}
                maxDate={dayjs(`${year}-12-31`)}
                placeholder="Chọn ngày"
              />
              <Button icon={<PlusOutlined />} disabled={!adding} onClick={() => add(adding)}>
                Thêm ngày
              </Button>
            </Space>
            <Space wrap>
              {dirty && <Button onClick={() => setRows(null)}>Hủy thay đổi</Button>}
              <Button
                type="primary"
                disabled={!dirty || shown.some((r) => r.name.trim().length < 2)}
                loading={save.isPending}
                onClick={onSave}
              >
                Lưu lịch năm {year}
              </Button>
            </Space>
          </Flex>
        )}
      </Card>
    </>
  );
}
