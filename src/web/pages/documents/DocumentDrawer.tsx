// Register or edit a document: number and symbol, type (read from the symbol), issuer, date,
// summary, signer, and the documents it implements or cites.
import { Alert, App, AutoComplete, Button, DatePicker, Drawer, Form, Grid, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { documentTypes, typeFromNumber } from '../../../shared/documents';
import { normalizeVi } from '../../../shared/vn-text';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/me';
import { type DocumentDetail, useSaveDocument } from '../../api/tracking';
import { DATE_FORMAT, toApiDate } from '../../lib/format';
import { DocumentSelect } from './DocumentSelect';

const ISSUERS = [
  'Bộ Chính trị',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Ban Thường vụ Tỉnh ủy',
  'Ủy ban nhân dân tỉnh',
  'Sở Ngoại vụ',
];

interface Values {
  number: string;
  type?: string;
  issuer: string;
  issuedOn: dayjs.Dayjs;
  summary?: string;
  signer?: string;
  signingAuthority?: string;
  implementsIds?: string[];
  citesIds?: string[];
}

export function DocumentDrawer({
  open,
  document,
  onClose,
  onSaved,
}: {
  open: boolean;
  document?: DocumentDetail;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSaveDocument();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const phone = !Grid.useBreakpoint().md;
  const unitMember = me?.role === 'officer' || me?.role === 'head';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (document)
      form.setFieldsValue({
        ...document,
        issuedOn: document.issuedOn ? dayjs(document.issuedOn) : undefined,
        signer: document.signer ?? undefined,
        signingAuthority: document.signingAuthority ?? undefined,
      } as never);
    else if (unitMember && me?.unit) form.setFieldsValue({ issuer: `UBND ${me.unit.name}` });
  }, [open, document, form, unitMember, me]);

  async function submit(v: Values) {
    try {
      const body = {
        number: v.number,
        type: v.type || undefined,
        issuer: v.issuer,
        issuedOn: toApiDate(v.issuedOn),
        summary: v.summary ?? '',
        signer: v.signer || null,
        signingAuthority: v.signingAuthority || null,
      };
      const saved = document
        ? await save.mutateAsync({ id: document.id, ...body })
        : await save.mutateAsync({
            ...body,
            unitId: unitMember ? me?.unit?.id : undefined,
            implementsIds: v.implementsIds ?? [],
            citesIds: v.citesIds ?? [],
          });
      message.success(document ? 'Đã lưu văn bản.' : 'Đã đăng ký văn bản.');
      onSaved(saved.id);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DOCUMENT_NUMBER_TAKEN')
        form.setFields([{ name: 'number', errors: [err.message] }]);
      else message.error(err instanceof ApiError ? err.message : 'Không lưu được văn bản.');
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={phone ? '100%' : 620}
      title={document ? `Sửa văn bản ${document.number}` : 'Đăng ký văn bản'}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => form.submit()}
          data-testid="save-document"
        >
          Lưu
        </Button>
      }
    >
      {unitMember && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Văn bản được đăng ký là văn bản của đơn vị bạn (ví dụ: kế hoạch triển khai của đơn vị)."
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item
          name="number"
          label="Số, ký hiệu"
          rules={[{ required: true, message: 'Nhập số, ký hiệu văn bản' }]}
          extra="Ví dụ: 34-KH/TU, 1520/QĐ-UBND. Viết có dấu hay không dấu đều được nhận ra là một văn bản."
        >
          <Input
            placeholder="1520/QĐ-UBND"
            onChange={(e) => {
              const t = typeFromNumber(e.target.value);
              if (t && !form.isFieldTouched('type')) form.setFieldValue('type', t);
            }}
          />
        </Form.Item>
        <Form.Item name="type" label="Loại văn bản">
          <Select
            allowClear
            options={documentTypes.map((t) => ({ value: t, label: t }))}
            placeholder="Đọc từ ký hiệu nếu để trống"
          />
        </Form.Item>
        <Form.Item
          name="issuer"
          label="Cơ quan ban hành"
          rules={[{ required: true, message: 'Nhập cơ quan ban hành' }]}
        >
          <AutoComplete
            options={ISSUERS.map((i) => ({ value: i }))}
            placeholder="Chọn hoặc gõ tên cơ quan"
            showSearch={{
              filterOption: (input, o) => normalizeVi(String(o?.value ?? '')).includes(normalizeVi(input)),
            }}
          />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label="Ngày ban hành"
          rules={[{ required: true, message: 'Chọn ngày ban hành' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="summary" label="Trích yếu">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="signer" label="Người ký">
          <Input />
        </Form.Item>
        <Form.Item name="signingAuthority" label="Thẩm quyền ký" extra="Ví dụ: KT. CHỦ TỊCH - PHÓ CHỦ TỊCH">
          <Input />
        </Form.Item>
        {!document && (
          <>
            <Form.Item name="implementsIds" label="Triển khai, thực hiện văn bản">
              <DocumentSelect />
            </Form.Item>
            <Form.Item name="citesIds" label="Căn cứ, viện dẫn văn bản">
              <DocumentSelect />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
