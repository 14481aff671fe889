// A unit (or Sở Ngoại vụ for it) raises an obstacle on a commitment or an assignment.
import { WarningOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useRaiseObstacle } from '../../api/commitments';

export function RaiseObstacleButton({
  subjectType,
  subjectId,
}: {
  subjectType: 'commitment' | 'assignment';
  subjectId: string;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const raise = useRaiseObstacle();
  const { message } = App.useApp();
  async function submit(v: { description: string; cause?: string; proposal?: string }) {
    try {
      await raise.mutateAsync({ subjectType, subjectId, ...v });
      message.success('Đã gửi vướng mắc lên Sở Ngoại vụ.');
      setOpen(false);
      form.resetFields();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không gửi được.');
    }
  }
  return (
    <>
      <Button
        size="small"
        icon={<WarningOutlined />}
        onClick={() => setOpen(true)}
        data-testid="raise-obstacle"
      >
        Phản ánh vướng mắc
      </Button>
      {open && (
        <Modal
          open
          title="Phản ánh vướng mắc lên Sở Ngoại vụ"
          onCancel={() => setOpen(false)}
          onOk={() => form.submit()}
          okText="Gửi"
          confirmLoading={raise.isPending}
        >
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item
              name="description"
              label="Nội dung vướng mắc"
              rules={[{ required: true, min: 5, message: 'Mô tả vướng mắc (ít nhất 5 ký tự)' }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="cause" label="Nguyên nhân">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="proposal" label="Đề xuất, kiến nghị">
              <Input.TextArea rows={2} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
