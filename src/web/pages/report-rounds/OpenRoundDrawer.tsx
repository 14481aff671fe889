// Sở Ngoại vụ opens a report round: the period (by default the Decree 09 window of its kind),
// the scope (documents and/or the commitments register), the units that must report, the units'
// deadline (a date or N working days after the cut-off, on the holiday calendar) and the
// compiled report's own. The server checks again; its stable codes land under the fields.
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  nextEndingPeriod,
  type PeriodKind,
  type PeriodStyle,
  periodContaining,
  periodKindLabels,
  periodKinds,
  periodLabel,
  periodStyleLabels,
  periodsPerYear,
  periodWindow,
} from '../../../shared/periods';
import { describePeriod } from '../../../shared/report-rounds';
import { type UnitGroupCode, unitGroups } from '../../../shared/units';
import { addWorkingDays, workingCalendar } from '../../../shared/working-days';
import { ApiError } from '../../api/client';
import { useHolidays } from '../../api/holidays';
import { type CreateRoundBody, useCreateRound } from '../../api/report-rounds';
import type { DocumentRef } from '../../api/tracking';
import { UnitSelect } from '../../components/UnitSelect';
import { DATE_FORMAT, formatDate, toApiDate } from '../../lib/format';
import { DocumentSelect } from '../documents/DocumentSelect';

type DueMode = 'working_days' | 'date';

interface Values {
  title: string;
  kind: PeriodKind;
  style: PeriodStyle;
  year: number;
  index: number;
  periodStart?: dayjs.Dayjs;
  periodEnd?: dayjs.Dayjs;
  dueMode: DueMode;
  dueWorkingDays?: number;
  dueOn?: dayjs.Dayjs;
  reportDueOn?: dayjs.Dayjs;
  documentIds: string[];
  includeCommitments: boolean;
  groups: UnitGroupCode[];
  unitIds: string[];
  namesText?: string;
  allWithWork: boolean;
  repeat: boolean;
  repeatKinds: RepeatKind[];
}

type RepeatKind = Exclude<PeriodKind, 'ad_hoc'>;

/** What repeats with a round by default: the 6-month report with the annual one, and so on. */
const repeatWith: Record<RepeatKind, RepeatKind[]> = {
  month: ['month'],
  quarter: ['quarter'],
  half_1: ['half_1', 'year'],
  half_2: ['half_2', 'half_1'],
  nine_months: ['nine_months'],
  year: ['year', 'half_1'],
};

/** Where each of the API's stable codes is shown. */
const fieldOf: Record<string, keyof Values> = {
  ROUND_PERIOD_INVALID: 'periodEnd',
  ROUND_PERIOD_REQUIRED: 'periodStart',
  ROUND_DUE_REQUIRED: 'dueOn',
  ROUND_DUE_BEFORE_CUTOFF: 'dueOn',
  ROUND_REPORT_DUE_INVALID: 'reportDueOn',
  ROUND_SCOPE_EMPTY: 'documentIds',
  ROUND_DOCUMENT_NOT_FOUND: 'documentIds',
  ROUND_UNIT_INVALID: 'unitIds',
  ROUND_NO_UNITS: 'groups',
  ROUND_REPEAT_AD_HOC: 'repeat',
  ROUND_REPEAT_PERIOD: 'repeat',
};

const groupOptions = (Object.entries(unitGroups) as [UnitGroupCode, { label: string }][]).map(
  ([value, g]) => ({ value, label: g.label.charAt(0).toUpperCase() + g.label.slice(1) }),
);

/** The period of `kind` running today (the one the round reports on at its cut-off). */
function currentPeriod(kind: PeriodKind, style: PeriodStyle, today: string) {
  if (kind === 'ad_hoc') return { year: Number(today.slice(0, 4)), index: 1 };
  return periodContaining(kind, today, style) ?? { year: Number(today.slice(0, 4)), index: 1 };
}

function defaultKind(today: string): PeriodKind {
  return periodContaining('half_1', today) ? 'half_1' : 'half_2';
}

function roundTitle(label: string, docs: DocumentRef[], commitments: boolean): string {
  const scope = [
    ...docs.map((d) => `${d.type ? `${d.type} số ` : ''}${d.number}`),
    ...(commitments ? ['các cam kết, thỏa thuận quốc tế'] : []),
  ];
  const list = scope.length > 1 ? `${scope.slice(0, -1).join(', ')} và ${scope.at(-1)}` : (scope[0] ?? '');
  const what = list ? ` kết quả thực hiện ${list}` : '';
  return `Báo cáo ${label}${what}`;
}

export function OpenRoundDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateRound();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [docs, setDocs] = useState<DocumentRef[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  /** The officer typed a title: it no longer follows the period and scope. */
  const titleTyped = useRef(false);
  const today = dayjs().format('YYYY-MM-DD');

  const kind = Form.useWatch('kind', form);
  const style = Form.useWatch('style', form);
  const year = Form.useWatch('year', form);
  const index = Form.useWatch('index', form);
  const periodEnd = Form.useWatch('periodEnd', form);
  const dueMode = Form.useWatch('dueMode', form);
  const dueWorkingDays = Form.useWatch('dueWorkingDays', form);
  const includeCommitments = Form.useWatch('includeCommitments', form);
  const repeat = Form.useWatch('repeat', form);
  const repeatKinds = Form.useWatch('repeatKinds', form);

  const cutOff = toApiDate(periodEnd);
  const calYear = Number((cutOff ?? today).slice(0, 4));
  const thisYear = useHolidays(calYear);
  const nextYear = useHolidays(calYear + 1);
  const calendar = useMemo(
    () => workingCalendar([...(thisYear.data?.items ?? []), ...(nextYear.data?.items ?? [])]),
    [thisYear.data, nextYear.data],
  );
  const computedDue =
    cutOff && dueMode === 'working_days' && Number.isInteger(dueWorkingDays)
      ? addWorkingDays(cutOff, dueWorkingDays as number, calendar)
      : null;

  useEffect(() => {
    if (!open) return;
    const k = defaultKind(today);
    const p = currentPeriod(k, 'nd09', today);
    form.resetFields();
    form.setFieldsValue({
      kind: k,
      style: 'nd09',
      year: p.year,
      index: p.index,
      repeatKinds: k === 'ad_hoc' ? [] : repeatWith[k],
    });
    setDocs([]);
    setProblem(null);
    titleTyped.current = false;
  }, [open, form, today]);

  // The window of the chosen period, until the dates are typed by hand.
  useEffect(() => {
    if (!open || !kind || !style || !year) return;
    if (kind === 'ad_hoc') return;
    const n = periodsPerYear(kind);
    const i = Math.min(Math.max(index ?? 1, 1), n);
    const w = periodWindow(kind, year, i, style);
    if (w) form.setFieldsValue({ periodStart: dayjs(w.start), periodEnd: dayjs(w.end) });
  }, [open, kind, style, year, index, form]);

  // The title follows the period and the scope until the officer writes one.
  useEffect(() => {
    if (!open || !kind || titleTyped.current) return;
    const start = toApiDate(form.getFieldValue('periodStart'));
    const end = toApiDate(periodEnd);
    const label =
      kind === 'ad_hoc' || !start || !end
        ? kind === 'ad_hoc' && start && end
          ? `đột xuất ${describePeriod('ad_hoc', style ?? 'nd09', start, end)}`
          : periodLabel(kind, year ?? Number(today.slice(0, 4)), index ?? 1)
        : describePeriod(kind, style ?? 'nd09', start, end);
    form.setFieldValue('title', roundTitle(label, docs, Boolean(includeCommitments)));
  }, [open, kind, style, year, index, periodEnd, docs, includeCommitments, form, today]);

  function pickKind(k: PeriodKind) {
    const p = currentPeriod(k, form.getFieldValue('style') ?? 'nd09', today);
    form.setFieldsValue({ year: p.year, index: p.index });
    if (k === 'ad_hoc') form.setFieldValue('repeat', false);
    else form.setFieldValue('repeatKinds', repeatWith[k]);
  }
  const nextOpening =
    repeat && cutOff && repeatKinds?.length ? nextEndingPeriod(repeatKinds, style ?? 'nd09', cutOff) : null;

  // A cross-field error from the server goes once either of its fields changes.
  function clearLinked(changed: Partial<Values>) {
    const keys = Object.keys(changed);
    if (keys.includes('title')) titleTyped.current = true;
    const linked = [
      ['periodStart', 'periodEnd', 'kind', 'year', 'index', 'style'],
      ['dueOn', 'dueWorkingDays', 'dueMode', 'periodEnd', 'reportDueOn'],
      ['documentIds', 'includeCommitments'],
      ['groups', 'unitIds', 'namesText', 'allWithWork'],
    ];
    for (const group of linked)
      if (keys.some((k) => group.includes(k)))
        form.setFields(
          group
            .filter((f) => !keys.includes(f) && form.getFieldError(f as keyof Values).length)
            .map((f) => ({ name: f as keyof Values, errors: [] })),
        );
  }

  async function submit(v: Values) {
    setProblem(null);
    const body: CreateRoundBody = {
      title: v.title,
      kind: v.kind,
      style: v.style,
      periodStart: toApiDate(v.periodStart) ?? '',
      periodEnd: toApiDate(v.periodEnd) ?? '',
      dueOn: v.dueMode === 'date' ? toApiDate(v.dueOn) : undefined,
      dueWorkingDays: v.dueMode === 'working_days' ? v.dueWorkingDays : undefined,
      reportDueOn: toApiDate(v.reportDueOn),
      documentIds: v.documentIds ?? [],
      includeCommitments: Boolean(v.includeCommitments),
      groups: v.groups ?? [],
      unitIds: v.unitIds ?? [],
      namesText: v.namesText?.trim() || undefined,
      allWithWork: Boolean(v.allWithWork),
      repeat:
        v.repeat && v.kind !== 'ad_hoc'
          ? { kinds: v.repeatKinds?.length ? v.repeatKinds : [v.kind] }
          : undefined,
    };
    try {
      const round = await create.mutateAsync(body);
      message.success(
        `Đã mở kỳ báo cáo: ${round.required} đơn vị phải báo cáo, ${round.items} dòng số liệu điền sẵn.`,
      );
      if (round.unmatched.length)
        modal.warning({
          title: 'Có tên đơn vị không tìm thấy trong danh mục',
          content: `Các tên sau không được đưa vào kỳ báo cáo: ${round.unmatched.join('; ')}. Thêm đơn vị trên trang của kỳ nếu cần.`,
        });
      onClose();
      navigate(`/ky-bao-cao/${round.id}`);
    } catch (err) {
      if (!(err instanceof ApiError)) return setProblem('Không mở được kỳ báo cáo. Thử lại sau.');
      let field = fieldOf[err.code];
      if (field === 'dueOn' && form.getFieldValue('dueMode') !== 'date') field = 'dueWorkingDays';
      if (field) form.setFields([{ name: field, errors: [err.message] }]);
      else setProblem(err.message);
    }
  }

  const needsIndex = kind === 'month' || kind === 'quarter';
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={phone ? '100%' : 680}
      title="Mở kỳ báo cáo"
      destroyOnHidden
      extra={
        <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
          Mở kỳ báo cáo
        </Button>
      }
    >
      {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={clearLinked}
        requiredMark={false}
        initialValues={{
          dueMode: 'working_days',
          dueWorkingDays: 2,
          documentIds: [],
          includeCommitments: false,
          groups: [],
          unitIds: [],
          allWithWork: false,
          repeat: false,
          repeatKinds: ['half_1', 'year'],
        }}
      >
        <Space wrap align="start">
          <Form.Item name="kind" label="Kỳ báo cáo" rules={[{ required: true, message: 'Chọn kỳ báo cáo' }]}>
            <Select
              style={{ width: 200 }}
              options={periodKinds.map((k) => ({ value: k, label: periodKindLabels[k] }))}
              onChange={pickKind}
            />
          </Form.Item>
          {kind !== 'ad_hoc' && (
            <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm' }]}>
              <InputNumber min={2000} max={2100} style={{ width: 100 }} />
            </Form.Item>
          )}
          {needsIndex && (
            <Form.Item name="index" label={kind === 'month' ? 'Tháng' : 'Quý'}>
              <Select
                style={{ width: 100 }}
                options={Array.from({ length: periodsPerYear(kind) }, (_, i) => ({
                  value: i + 1,
                  label: kind === 'quarter' ? ['I', 'II', 'III', 'IV'][i] : String(i + 1),
                }))}
              />
            </Form.Item>
          )}
        </Space>
        {kind !== 'ad_hoc' && (
          <Form.Item name="style" label="Thời gian chốt số liệu">
            <Radio.Group
              options={(Object.entries(periodStyleLabels) as [PeriodStyle, string][]).map(
                ([value, label]) => ({
                  value,
                  label,
                }),
              )}
              style={{ display: 'flex', flexDirection: 'column' }}
            />
          </Form.Item>
        )}
        <Space wrap align="start">
          <Form.Item
            name="periodStart"
            label="Số liệu từ ngày"
            rules={[{ required: true, message: 'Chọn ngày bắt đầu lấy số liệu' }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: 170 }} />
          </Form.Item>
          <Form.Item
            name="periodEnd"
            label="Đến ngày (chốt số liệu)"
            rules={[{ required: true, message: 'Chọn ngày chốt số liệu' }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: 170 }} />
          </Form.Item>
        </Space>
        <Form.Item name="dueMode" label="Hạn đơn vị gửi báo cáo">
          <Radio.Group
            options={[
              { value: 'working_days', label: 'Số ngày làm việc sau ngày chốt số liệu' },
              { value: 'date', label: 'Ngày cụ thể' },
            ]}
          />
        </Form.Item>
        {dueMode === 'date' ? (
          <Form.Item
            name="dueOn"
            label="Hạn gửi"
            rules={[{ required: true, message: 'Chọn hạn đơn vị gửi báo cáo' }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: 170 }} />
          </Form.Item>
        ) : (
          <Form.Item
            name="dueWorkingDays"
            label="Số ngày làm việc"
            rules={[{ required: true, message: 'Nhập số ngày làm việc' }]}
            extra={
              computedDue
                ? `Hạn gửi: ${formatDate(computedDue)} (không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ trong lịch nghỉ lễ).`
                : undefined
            }
          >
            <InputNumber min={0} max={60} style={{ width: 100 }} />
          </Form.Item>
        )}
        <Form.Item
          name="reportDueOn"
          label="Hạn Sở Ngoại vụ gửi báo cáo tổng hợp"
          extra="Không bắt buộc; phải từ hạn đơn vị gửi trở đi."
        >
          <DatePicker format={DATE_FORMAT} style={{ width: 170 }} />
        </Form.Item>
        <Form.Item
          name="documentIds"
          label="Văn bản trong phạm vi báo cáo"
          extra="Kèm các văn bản triển khai chúng (kế hoạch của đơn vị…)."
        >
          <DocumentSelect aria-label="Văn bản trong phạm vi báo cáo" onPicked={setDocs} />
        </Form.Item>
        <Form.Item name="includeCommitments" valuePropName="checked">
          <Checkbox>Sổ theo dõi cam kết, thỏa thuận quốc tế (đơn vị chủ trì báo cáo từng cam kết)</Checkbox>
        </Form.Item>
        <Form.Item name="groups" label="Kính gửi (đơn vị phải báo cáo)">
          <Checkbox.Group options={groupOptions} style={{ display: 'flex', flexDirection: 'column' }} />
        </Form.Item>
        <Form.Item name="unitIds" label="Thêm từng đơn vị">
          <UnitSelect mode="multiple" aria-label="Thêm từng đơn vị" placeholder="Tìm đơn vị" allowClear />
        </Form.Item>
        <Form.Item
          name="namesText"
          label="Hoặc dán danh sách tên đơn vị"
          extra="Tên cách nhau bởi dấu chấm phẩy hoặc xuống dòng, như trong phần Nơi nhận của văn bản."
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="allWithWork" valuePropName="checked">
          <Checkbox>Mọi đơn vị có nhiệm vụ hoặc cam kết trong phạm vi báo cáo</Checkbox>
        </Form.Item>
        {kind !== 'ad_hoc' && (
          <Form.Item
            name="repeat"
            valuePropName="checked"
            style={{ marginBottom: repeat ? 8 : undefined }}
            extra={
              repeat
                ? undefined
                : 'Hệ thống tự mở kỳ báo cáo vào ngày chốt số liệu của kỳ sau: cùng phạm vi, đơn vị, đề cương và số ngày làm việc.'
            }
          >
            <Checkbox>Tự động mở các kỳ sau (báo cáo định kỳ)</Checkbox>
          </Form.Item>
        )}
        {kind !== 'ad_hoc' && repeat && (
          <Form.Item
            name="repeatKinds"
            label="Các kỳ tự mở"
            rules={[{ required: true, message: 'Chọn ít nhất một kỳ' }]}
            extra={
              nextOpening
                ? `Kỳ tiếp theo: ${periodLabel(nextOpening.kind, nextOpening.year, nextOpening.index)}, tự mở ngày ${formatDate(nextOpening.end)}.`
                : undefined
            }
          >
            <Select
              mode="multiple"
              aria-label="Các kỳ tự mở"
              options={periodKinds
                .filter((k): k is RepeatKind => k !== 'ad_hoc')
                .map((k) => ({ value: k, label: periodKindLabels[k] }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label="Tên kỳ báo cáo"
          rules={[{ required: true, min: 5, message: 'Nhập tên kỳ báo cáo (ít nhất 5 ký tự)' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Typography.Text type="secondary">
          Khi mở kỳ, mỗi đơn vị có một báo cáo điền sẵn số liệu đến ngày chốt: nhiệm vụ được giao, tiến độ,
          sản phẩm, cam kết chủ trì. Đề cương gồm bốn mục mặc định.
        </Typography.Text>
      </Form>
    </Drawer>
  );
}
