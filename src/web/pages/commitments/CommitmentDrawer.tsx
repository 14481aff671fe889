// Registers or edits a commitment (Sở Ngoại vụ): partner, form, dates, units, legal report.
import { App, Button, Checkbox, DatePicker, Drawer, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { commitmentFieldLabels, commitmentFormLabels, partnerKindLabels } from '../../../shared/commitments';
import { ApiError } from '../../api/client';
import {
  type Commitment,
  type CommitmentInput,
  useActivities,
  useSaveCommitment,
} from '../../api/commitments';
import { UnitSelect } from '../../components/UnitSelect';
import { DATE_FORMAT, toApiDate } from '../../lib/format';
import { optionsOf } from './tags';

type Values = Omit<CommitmentInput, 'signedOn' | 'expiresOn' | 'effectiveOn' | 'reportedOn'> & {
  signedOn?: dayjs.Dayjs | null;
  expiresOn?: dayjs.Dayjs | null;
  effectiveOn?: dayjs.Dayjs | null;
  reportedOn?: dayjs.Dayjs | null;
};

const day = (d: string | null | undefined) => (d ? dayjs(d) : null);

export function CommitmentDrawer({ commitment, onClose }: { commitment?: Commitment; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveCommitment();
  const activities = useActivities({ pageSize: 200 });
  const { message } = App.useApp();
  const navigate = useNavigate();
  const initial: Values = commitment
    ? {
        ...commitment,
        signedOn: day(commitment.signedOn),
        expiresOn: day(commitment.expiresOn),
        effectiveOn: day(commitment.effectiveOn),
        reportedOn: day(commitment.reportedOn),
      }
    : {
        form: 'mou',
        partnerKind: 'locality',
        field: 'culture',
        coordinatingUnitIds: [],
        provinceAgreement: false,
      };

  async function submit(v: Values) {
    const body: CommitmentInput = {
      ...v,
      activityId: v.activityId ?? null,
      signedOn: toApiDate(v.signedOn) ?? null,
      expiresOn: toApiDate(v.expiresOn) ?? null,
      effectiveOn: toApiDate(v.effectiveOn) ?? null,
      reportedOn: toApiDate(v.reportedOn) ?? null,
      leadUnitId: v.leadUnitId ?? null,
      coordinatingUnitIds: v.coordinatingUnitIds ?? [],
    };
    try {
      const saved = await save.mutateAsync({ id: commitment?.id, body });
      message.success(commitment ? 'Đã lưu cam kết.' : 'Đã đăng ký cam kết.');
      onClose();
      if (!commitment) navigate(`/cam-ket/${saved.id}`);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không lưu được.');
    }
  }

  return (
    <Drawer
      open
      title={commitment ? 'Sửa cam kết, thỏa thuận' : 'Đăng ký cam kết, thỏa thuận'}
      size={640}
      onClose={onClose}
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => form.submit()}
          data-testid="save-commitment"
        >
          Lưu
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="activityId" label="Từ hoạt động đối ngoại">
          <Select
            allowClear
            placeholder="Không gắn với hoạt động nào"
            options={(activities.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tên cam kết, thỏa thuận"
          rules={[{ required: true, min: 3, message: 'Nhập tên cam kết' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="form" label="Hình thức" rules={[{ required: true }]}>
          <Select options={optionsOf(commitmentFormLabels)} />
        </Form.Item>
        <Form.Item
          name="partner"
          label="Đối tác"
          rules={[{ required: true, min: 2, message: 'Nhập đối tác' }]}
        >
          <Input placeholder="Địa phương, bộ, tổ chức hoặc doanh nghiệp nước ngoài" />
        </Form.Item>
        <Form.Item name="partnerKind" label="Loại đối tác">
          <Select options={optionsOf(partnerKindLabels)} />
        </Form.Item>
        <Form.Item
          name="country"
          label="Quốc gia"
          rules={[{ required: true, min: 2, message: 'Nhập quốc gia' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="field" label="Lĩnh vực" rules={[{ required: true }]}>
          <Select options={optionsOf(commitmentFieldLabels)} />
        </Form.Item>
        <Form.Item name="signedOn" label="Ngày ký">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="signatories" label="Người ký (theo chức danh)">
          <Input />
        </Form.Item>
        <Form.Item name="effectiveOn" label="Ngày hiệu lực">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="expiresOn" label="Ngày hết hiệu lực">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validity" label="Thời hạn (diễn giải)">
          <Input placeholder="Ví dụ: 5 năm, tự động gia hạn" />
        </Form.Item>
        <Form.Item name="content" label="Nội dung">
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="leadUnitId" label="Đơn vị chủ trì">
          <UnitSelect allowClear data-testid="lead-unit" />
        </Form.Item>
        <Form.Item name="coordinatingUnitIds" label="Đơn vị phối hợp">
          <UnitSelect mode="multiple" allowClear />
        </Form.Item>
        <Form.Item name="provinceAgreement" valuePropName="checked">
          <Checkbox>Thỏa thuận quốc tế nhân danh UBND tỉnh (phải báo cáo Thủ tướng trong 15 ngày)</Checkbox>
        </Form.Item>
        <Form.Item name="reportedOn" label="Ngày báo cáo Thủ tướng (gửi Bộ Ngoại giao)">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reportRef" label="Số văn bản báo cáo">
          <Input />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
