// Sở Ngoại vụ urges the units of a task that have not complied: pick the new deadline, read the
// draft công văn đôn đốc (.docx, Decree 30 layout), send it. Sending records an urging on each
// named unit's assignment and tells the units in the app and by e-mail with the letter attached.
import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Flex, Form, Modal, Result, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Task } from '../../api/tracking';
import { downloadDraftLetter, downloadSentLetter, type UrgingSent, useSendUrging } from '../../api/urgings';
import { DATE_FORMAT, formatNumber, toApiDate } from '../../lib/format';

export function UrgingDialog({
  task,
  late,
  total,
  open,
  onClose,
}: {
  task: Task;
  /** Units that have not complied (not submitted, or returned), and all assigned. */
  late: number;
  total: number;
  open: boolean;
  onClose(): void;
}) {
  const [dueOn, setDueOn] = useState<dayjs.Dayjs | null>(dayjs().add(7, 'day'));
  const [sent, setSent] = useState<UrgingSent | null>(null);
  const [drafting, setDrafting] = useState(false);
  const send = useSendUrging();
  const { message } = App.useApp();
  const newDueOn = toApiDate(dueOn);
  const close = () => {
    setSent(null);
    onClose();
  };

  return (
    <Modal
      title="Công văn đôn đốc"
      open={open}
      onCancel={close}
      destroyOnHidden
      footer={
        sent ? (
          <Button onClick={close}>Đóng</Button>
        ) : (
          <Flex gap={8} justify="end" wrap>
            <Button
              icon={<DownloadOutlined />}
              disabled={!newDueOn || late === 0}
              loading={drafting}
              data-testid="urge-draft"
              onClick={() => {
                if (!newDueOn) return;
                setDrafting(true);
                downloadDraftLetter(task.id, newDueOn)
                  .catch((e) => message.error(e.message))
                  .finally(() => setDrafting(false));
              }}
            >
              Tải dự thảo (.docx)
            </Button>
            <Button
              type="primary"
              icon={<SendOutlined />}
              disabled={!newDueOn || late === 0}
              loading={send.isPending}
              data-testid="urge-send"
              onClick={() => {
                if (!newDueOn) return;
                send.mutate(
                  { taskId: task.id, newDueOn },
                  {
                    onSuccess: (r) => setSent(r),
                    onError: (e) => message.error(e.message),
                  },
                );
              }}
            >
              Gửi công văn
            </Button>
          </Flex>
        )
      }
    >
      {sent ? (
        <Result
          status="success"
          title={`Đã gửi công văn đôn đốc đến ${formatNumber(sent.units.length)} đơn vị`}
          subTitle="Các đơn vị đã nhận thông báo trên hệ thống và thư điện tử kèm công văn."
          extra={
            <Button
              icon={<DownloadOutlined />}
              data-testid="urge-sent-letter"
              onClick={() => downloadSentLetter(sent.id).catch((e) => message.error(e.message))}
            >
              Tải công văn đã gửi
            </Button>
          }
        >
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 3, expandable: true, symbol: 'xem đủ' }}
            data-testid="urge-sent-units"
          >
            {sent.units.map((u) => u.name).join('; ')}
          </Typography.Paragraph>
        </Result>
      ) : (
        <>
          <Alert
            type={late ? 'info' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            message={
              late
                ? `${formatNumber(total - late)}/${formatNumber(total)} đơn vị đã thực hiện; công văn nêu tên ${formatNumber(late)} đơn vị chưa thực hiện.`
                : 'Mọi đơn vị đã thực hiện; không có đơn vị nào cần đôn đốc.'
            }
            description="Gửi công văn: ghi nhận một lần đôn đốc cho từng đơn vị có tên, thông báo trên hệ thống và gửi thư điện tử kèm công văn."
          />
          <Form layout="vertical">
            <Form.Item label="Thời hạn mới gửi kết quả" required>
              <DatePicker
                format={DATE_FORMAT}
                value={dueOn}
                onChange={setDueOn}
                disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                style={{ width: '100%' }}
                aria-label="Thời hạn mới"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
