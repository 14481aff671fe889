// Create or edit a task with the six elements of "6 rõ"; what is still missing shows as you type.
import {
  Alert,
  App,
  Button,
  DatePicker,
  Divider,
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
import { useEffect } from 'react';
import { clarityLabels, missingClarity } from '../../../shared/clarity';
import { formatRecurrence, parseRecurrence, recurrenceLabel } from '../../../shared/recurrence';
import { ApiError } from '../../api/client';
import { type Task, useSaveTask } from '../../api/tracking';
import { UnitSelect } from '../../components/UnitSelect';
import { DATE_FORMAT, toApiDate } from '../../lib/format';
import { ClarityList } from '../assignments/tags';
import { DocumentSelect } from '../documents/DocumentSelect';

interface Values {
  documentId?: string;
  seq?: number;
  title: string;
  leadUnitId?: string;
  personInCharge?: string;
  coordinatingUnitIds?: string[];
  timeKind: 'date' | 'recurring' | 'none';
  dueOn?: dayjs.Dayjs;
  freq?: 'yearly' | 'half_yearly' | 'quarterly' | 'monthly';
  day?: number;
  month?: number;
  responsibility?: string;
  product?: string;
  authority?: string;
}

const freqOptions = [
  { value: 'yearly', label: 'Hằng năm' },
  { value: 'half_yearly', label: '6 tháng một lần' },
  { value: 'quarterly', label: 'Hằng quý' },
  { value: 'monthly', label: 'Hằng tháng' },
];

function recurrenceOf(v: Partial<Values>): string | null {
  if (v.timeKind !== 'recurring' || !v.freq) return null;
  return formatRecurrence({
    freq: v.freq,
    day: v.day ?? 15,
    ...(v.freq === 'yearly' ? { month: v.month ?? 12 } : {}),
  });
}

export function TaskDrawer({
  open,
  documentId,
  task,
  onClose,
  onSaved,
}: {
  open: boolean;
  documentId?: string;
  task?: Task;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) ?? ({} as Partial<Values>);
  const save = useSaveTask();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (task) {
      const r = parseRecurrence(task.recurrence);
      form.setFieldsValue({
        seq: task.seq,
        title: task.title,
        leadUnitId: task.leadUnitId ?? undefined,
        personInCharge: task.personInCharge ?? undefined,
        coordinatingUnitIds: task.coordinatingUnitIds,
        timeKind: r ? 'recurring' : task.dueOn ? 'date' : 'none',
        dueOn: task.dueOn ? dayjs(task.dueOn) : undefined,
        freq: r?.freq,
        day: r?.day,
        month: r?.month,
        responsibility: task.responsibility ?? undefined,
        product: task.product ?? undefined,
        authority: task.authority ?? undefined,
      });
    }
  }, [open, task, form]);

  const recurrence = recurrenceOf(values);
  const missing = missingClarity({
    title: values.title ?? null,
    leadUnitId: values.leadUnitId ?? null,
    personInCharge: values.personInCharge ?? null,
    dueOn: values.timeKind === 'date' && values.dueOn ? 'x' : null,
    recurrence,
    responsibility: values.responsibility ?? null,
    product: values.product ?? null,
    authority: values.authority ?? null,
    hasLeadAssignment:
      (task?.assignmentCount ?? 0) > 0 && !task?.missingClarity.includes('person') ? true : undefined,
  });

  async function submit(v: Values) {
    const body = {
      seq: v.seq,
      title: v.title,
      leadUnitId: v.leadUnitId ?? null,
      personInCharge: v.personInCharge || null,
      coordinatingUnitIds: v.coordinatingUnitIds ?? [],
      dueOn: v.timeKind === 'date' ? (toApiDate(v.dueOn) ?? null) : null,
      recurrence: recurrenceOf(v),
      responsibility: v.responsibility || null,
      product: v.product || null,
      authority: v.authority || null,
    };
    try {
      const saved = task
        ? await save.mutateAsync({ id: task.id, ...body })
        : await save.mutateAsync({ documentId: documentId ?? v.documentId, ...body });
      message.success(saved.missingClarity.length ? 'Đã lưu; nhiệm vụ chưa đủ "6 rõ".' : 'Đã lưu nhiệm vụ.');
      onSaved(saved.id);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lưu được nhiệm vụ.');
    }
  }

  const section = (n: number, label: string) => (
    <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
      <Typography.Text strong>
        {n}. {label}
      </Typography.Text>
    </Divider>
  );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={phone ? '100%' : 680}
      title={task ? 'Sửa nhiệm vụ' : 'Thêm nhiệm vụ'}
      destroyOnHidden
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="save-task">
          Lưu
        </Button>
      }
    >
      <Alert
        type={missing.length ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          missing.length
            ? `Chưa bảo đảm "6 rõ": thiếu ${missing.map((m) => clarityLabels[m].toLowerCase()).join(', ')}`
            : 'Nhiệm vụ bảo đảm nguyên tắc "6 rõ"'
        }
        description={<ClarityList missing={missing} />}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ timeKind: 'date', day: 15, month: 12 }}
      >
        {!task && !documentId && (
          <Form.Item
            name="documentId"
            label="Thuộc văn bản"
            rules={[{ required: true, message: 'Chọn văn bản giao nhiệm vụ' }]}
          >
            <DocumentSelect single />
          </Form.Item>
        )}
        {section(1, 'Rõ việc')}
        <Form.Item
          name="title"
          label="Nội dung nhiệm vụ"
          rules={[{ required: true, message: 'Nhập nội dung nhiệm vụ' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="Việc cụ thể phải làm" />
        </Form.Item>
        <Form.Item name="seq" label="Số thứ tự trong văn bản">
          <InputNumber min={0} style={{ width: 120 }} />
        </Form.Item>
        {section(2, 'Rõ người')}
        <Form.Item
          name="leadUnitId"
          label="Đơn vị chủ trì"
          extra="Để trống nếu mỗi đơn vị được giao tự chủ trì phần việc của mình."
        >
          <UnitSelect allowClear />
        </Form.Item>
        <Form.Item name="personInCharge" label="Người phụ trách">
          <Input placeholder="Ví dụ: Giám đốc Sở; Chủ tịch UBND các xã, phường" />
        </Form.Item>
        {section(3, 'Rõ trách nhiệm')}
        <Form.Item name="coordinatingUnitIds" label="Đơn vị phối hợp">
          <UnitSelect mode="multiple" allowClear />
        </Form.Item>
        <Form.Item name="responsibility" label="Phân định trách nhiệm chủ trì, phối hợp">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {section(4, 'Rõ thời gian')}
        <Form.Item name="timeKind">
          <Radio.Group
            options={[
              { value: 'date', label: 'Thời hạn' },
              { value: 'recurring', label: 'Định kỳ' },
              { value: 'none', label: 'Chưa xác định' },
            ]}
          />
        </Form.Item>
        {values.timeKind === 'date' && (
          <Form.Item name="dueOn" label="Hoàn thành trước ngày">
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {values.timeKind === 'recurring' && (
          <>
            <Form.Item name="freq" label="Chu kỳ" rules={[{ required: true, message: 'Chọn chu kỳ' }]}>
              <Select options={freqOptions} />
            </Form.Item>
            <Form.Item label="Hạn mỗi kỳ" extra={recurrence ? recurrenceLabel(recurrence) : undefined}>
              <Space wrap>
                <span>Ngày</span>
                <Form.Item name="day" noStyle>
                  <InputNumber min={1} max={31} style={{ width: 80 }} aria-label="Ngày" />
                </Form.Item>
                {values.freq === 'yearly' && (
                  <>
                    <span>tháng</span>
                    <Form.Item name="month" noStyle>
                      <InputNumber min={1} max={12} style={{ width: 80 }} aria-label="Tháng" />
                    </Form.Item>
                  </>
                )}
              </Space>
            </Form.Item>
          </>
        )}
        {section(5, 'Rõ sản phẩm')}
        <Form.Item name="product" label="Sản phẩm">
          <Input placeholder="Kế hoạch, báo cáo, quyết định…" />
        </Form.Item>
        {section(6, 'Rõ thẩm quyền')}
        <Form.Item name="authority" label="Cấp phê duyệt, ban hành sản phẩm">
          <Input placeholder="Ví dụ: UBND tỉnh ban hành; Giám đốc Sở phê duyệt" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
