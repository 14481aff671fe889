// Chooses one file to send with a form (the product, evidence); uploads it when the form is sent.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { ACCEPTED_FILES } from '../../api/tracking';

export function FilePick({
  file,
  onChange,
  label = 'Chọn tệp',
  testId,
}: {
  file: File | null;
  onChange(f: File | null): void;
  label?: string;
  testId?: string;
}) {
  return (
    <Upload
      accept={ACCEPTED_FILES}
      maxCount={1}
      beforeUpload={(f) => {
        onChange(f);
        return false;
      }}
      onRemove={() => onChange(null)}
      fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
    >
      <Button icon={<UploadOutlined />} data-testid={testId}>
        {label}
      </Button>
    </Upload>
  );
}
