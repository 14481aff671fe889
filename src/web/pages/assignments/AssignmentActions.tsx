// What the signed-in person can do with an assignment now: report progress, submit the product
// (the unit), confirm it (the unit's head), accept it or return it with a reason (Sở Ngoại vụ).
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Slider,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { Me } from '../../api/me';
import { type Assignment, uploadFile, useAssignmentStep, useUpdateAssignment } from '../../api/tracking';
import { DATE_FORMAT, toApiDate } from '../../lib/format';
import { FilePick } from './FilePick';

export function AssignmentActions({ a, me }: { a: Assignment; me: Me }) {
  const { message } = App.useApp();
  const update = useUpdateAssignment();
  const step = useAssignmentStep();
  const [progress, setProgress] = useState(a.progress);
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState<File | null>(null);
  const [product, setProduct] = useState<File | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [productForm] = Form.useForm<{ productNumber?: string; productDate?: dayjs.Dayjs; note?: string }>();

  const ownUnit = (me.role === 'officer' || me.role === 'head') && me.unit?.id === a.unitId;
  const focal = me.role === 'focal';
  const open = a.workflow === 'open' || a.workflow === 'returned';
  const canReport = (ownUnit || focal) && open;
  const canConfirm = me.role === 'head' && ownUnit && a.workflow === 'submitted';
  const canAccept = focal && a.workflow === 'confirmed';
  const canReturn = focal && (a.workflow === 'submitted' || a.workflow === 'confirmed');

  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : 'Không thực hiện được.');
  async function run(fn: () => Promise<unknown>, ok: string) {
    setBusy(true);
    try {
      await fn();
      message.success(ok);
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const saveProgress = () =>
    run(async () => {
      const fileId = evidence ? (await uploadFile(evidence, a.unitId)).id : undefined;
      await update.mutateAsync({ id: a.id, progress, note: note || undefined, fileId });
      setNote('');
      setEvidence(null);
    }, 'Đã cập nhật tiến độ.');

  const submitProduct = async (v: { productNumber?: string; productDate?: dayjs.Dayjs; note?: string }) => {
    if (!v.productNumber && !product) {
      message.warning('Nhập số văn bản hoặc đính kèm tệp sản phẩm.');
      return;
    }
    const ok = await run(
      async () => {
        const fileId = product ? (await uploadFile(product, a.unitId)).id : undefined;
        await step.mutateAsync({
          id: a.id,
          step: 'submit',
          body: {
            productNumber: v.productNumber || undefined,
            productDate: toApiDate(v.productDate),
            fileId,
            note: v.note || undefined,
          },
        });
      },
      focal ? 'Đã ghi nhận sản phẩm của đơn vị.' : 'Đã nộp sản phẩm; chờ thủ trưởng đơn vị xác nhận.',
    );
    if (ok) {
      productForm.resetFields();
      setProduct(null);
    }
  };

  if (!canReport && !canConfirm && !canAccept && !canReturn) return null;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {canReport && (
        <Card size="small" title="Cập nhật tiến độ">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap align="center" style={{ width: '100%' }}>
              <Slider
                min={0}
                max={100}
                step={5}
                value={progress}
                onChange={setProgress}
                style={{ width: 220 }}
              />
              <InputNumber
                min={0}
                max={100}
                value={progress}
                onChange={(v) => setProgress(v ?? 0)}
                suffix="%"
                aria-label="Tiến độ"
              />
            </Space>
            <Input.TextArea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="Kết quả, khó khăn (nếu có)"
              autoSize={{ minRows: 2 }}
              aria-label="Ghi chú tiến độ"
            />
            <Space wrap>
              <FilePick file={evidence} onChange={setEvidence} label="Minh chứng" />
              <Button onClick={saveProgress} loading={busy} data-testid="save-progress">
                Lưu tiến độ
              </Button>
            </Space>
          </Space>
        </Card>
      )}
      {canReport && (
        <Card size="small" title={a.workflow === 'returned' ? 'Nộp lại sản phẩm' : 'Nộp sản phẩm'}>
          <Form
            form={productForm}
            layout="vertical"
            onFinish={submitProduct}
            initialValues={{ productDate: dayjs() }}
          >
            <Space wrap style={{ width: '100%' }} align="start">
              <Form.Item name="productNumber" label="Số, ký hiệu">
                <Input placeholder="45/KH-UBND" style={{ width: 200 }} data-testid="product-number" />
              </Form.Item>
              <Form.Item name="productDate" label="Ngày văn bản">
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
            </Space>
            <Form.Item label="Tệp sản phẩm (PDF, Word; tối đa 20 MB)">
              <FilePick file={product} onChange={setProduct} testId="product-file" />
            </Form.Item>
            <Form.Item name="note" label="Ghi chú">
              <Input.TextArea autoSize={{ minRows: 1 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="submit-product">
              {a.workflow === 'returned' ? 'Nộp lại' : 'Nộp sản phẩm'}
            </Button>
          </Form>
        </Card>
      )}
      {(canConfirm || canAccept || canReturn) && (
        <Card size="small" title="Xử lý sản phẩm">
          <Space wrap>
            {canConfirm && (
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  run(
                    () => step.mutateAsync({ id: a.id, step: 'confirm', body: {} }),
                    'Đã xác nhận, gửi Sở Ngoại vụ.',
                  )
                }
                data-testid="confirm"
              >
                Xác nhận, gửi Sở Ngoại vụ
              </Button>
            )}
            {canAccept && (
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  run(
                    () => step.mutateAsync({ id: a.id, step: 'accept', body: {} }),
                    'Đã tiếp nhận sản phẩm.',
                  )
                }
                data-testid="accept"
              >
                Tiếp nhận
              </Button>
            )}
            {canReturn && (
              <Button danger onClick={() => setReturning(true)} data-testid="return">
                Trả lại
              </Button>
            )}
          </Space>
          {canAccept || canReturn ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
              {a.workflow === 'submitted'
                ? 'Đơn vị đã nộp, thủ trưởng đơn vị chưa xác nhận.'
                : 'Thủ trưởng đơn vị đã xác nhận.'}
            </Typography.Paragraph>
          ) : null}
        </Card>
      )}
      <Modal
        open={returning}
        title="Trả lại sản phẩm"
        okText="Trả lại"
        cancelText="Hủy"
        okButtonProps={
          {
            danger: true,
            disabled: reason.trim().length < 5,
            loading: busy,
            'data-testid': 'return-confirm',
          } as never
        }
        onCancel={() => setReturning(false)}
        onOk={async () => {
          if (
            await run(
              () => step.mutateAsync({ id: a.id, step: 'return', body: { reason: reason.trim() } }),
              'Đã trả lại; đơn vị sẽ thấy lý do.',
            )
          ) {
            setReturning(false);
            setReason('');
          }
        }}
      >
        <Typography.Paragraph>Đơn vị sẽ thấy lý do và nộp lại.</Typography.Paragraph>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 3 }}
          placeholder="Lý do trả lại (ít nhất 5 ký tự)"
          aria-label="Lý do trả lại"
          data-testid="return-reason"
        />
      </Modal>
    </Space>
  );
}
