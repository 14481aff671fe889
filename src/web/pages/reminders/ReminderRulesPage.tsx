// The administrator's default reminder rules: before, on and after every deadline, and when the
// unit head and Sở Ngoại vụ are told. A task may have its own (set by Sở Ngoại vụ).
import { Alert, App, Button, Card, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import type { ReminderRules } from '../../../shared/reminders';
import { useMe } from '../../api/me';
import { useReminderRules, useSetReminderRules } from '../../api/reminders';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';

const dayList = (v: unknown) =>
  [
    ...new Set(
      (v as (string | number)[]).map(Number).filter((n) => Number.isInteger(n) && n > 0 && n <= 365),
    ),
  ].sort((a, b) => b - a);

export default function ReminderRulesPage() {
  const { data: me } = useMe();
  const { data } = useReminderRules();
  const save = useSetReminderRules();
  const [form] = Form.useForm<ReminderRules>();
  const { message } = App.useApp();
  const canEdit = me?.role === 'admin';
  useEffect(() => {
    if (data) form.setFieldsValue(data.rules);
  }, [data, form]);

  const submit = (v: ReminderRules) =>
    save
      .mutateAsync({ ...v, before: dayList(v.before), after: dayList(v.after).reverse() })
      .then(() => message.success('Đã lưu quy tắc nhắc hạn.'))
      .catch((err: Error) => message.error(err.message));

  return (
    <>
      <PageHeader title="Quy tắc nhắc hạn, đôn đốc" />
      <Card style={{ maxWidth: 720 }}>
        <Typography.Paragraph type="secondary">
          Hệ thống nhắc mỗi ngày lúc 07:30 (giờ Việt Nam), chỉ vào ngày làm việc: lần nhắc rơi vào ngày nghỉ
          được chuyển sang ngày làm việc liền trước (trước hạn) hoặc liền sau (sau hạn). Mỗi nhiệm vụ có thể
          có quy tắc riêng hoặc tắt nhắc.{' '}
          {data?.updatedAt ? `Cập nhật lần cuối: ${formatDateTime(data.updatedAt)}.` : ''}
        </Typography.Paragraph>
        {!canEdit && (
          <Alert
            type="info"
            showIcon
            title="Chỉ quản trị viên được thay đổi quy tắc mặc định."
            style={{ marginBottom: 16 }}
          />
        )}
        <Form form={form} layout="vertical" onFinish={submit} disabled={!canEdit}>
          <Form.Item name="before" label="Nhắc trước hạn (số ngày)">
            <Select mode="tags" tokenSeparators={[',', ' ']} placeholder="7, 3, 1" />
          </Form.Item>
          <Form.Item name="onDay" label="Nhắc đúng ngày đến hạn" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="after" label="Nhắc sau hạn (số ngày)">
            <Select mode="tags" tokenSeparators={[',', ' ']} placeholder="1, 3, 7" />
          </Form.Item>
          <Form.Item
            name="weeklyAfter"
            label="Sau đó nhắc hằng tuần cho đến khi hoàn thành"
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item name="headAfter" label="Báo cả thủ trưởng đơn vị sau số lần nhắc quá hạn">
            <InputNumber min={0} max={20} />
          </Form.Item>
          <Form.Item name="focalAfterDays" label="Báo chuyên viên đầu mối Sở Ngoại vụ khi quá hạn từ (ngày)">
            <InputNumber min={1} max={365} />
          </Form.Item>
          {canEdit && (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              Lưu quy tắc
            </Button>
          )}
        </Form>
      </Card>
    </>
  );
}
