// The drafted document: number, type, date, issuer, summary, signer; every field editable and
// linked to where it came from in the source text.
import { AutoComplete, Card, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { documentTypes } from '../../../shared/documents';
import type { FieldSpans, Span } from '../../../shared/intake/types';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../lib/format';
import type { Draft } from './draft';
import { Locate, type OnLocate } from './Locate';

type Field = 'number' | 'type' | 'issuer' | 'summary' | 'signer' | 'signingAuthority';

export function DocumentForm({
  draft,
  spans,
  onChange,
  onLocate,
}: {
  draft: Draft;
  spans: FieldSpans;
  onChange: (patch: Partial<Draft>) => void;
  onLocate: OnLocate;
}) {
  const label = (text: string, span: Span | null): ReactNode => (
    <span>
      {text} <Locate spans={[span]} onLocate={onLocate} label={text.toLowerCase()} />
    </span>
  );
  const focus = (span: Span | null) => () => span && onLocate([span]);
  const input = (field: Field, text: string, required = false) => (
    <Form.Item label={label(text, spans[field])} htmlFor={`intake-${field}`} required={required}>
      <Input
        id={`intake-${field}`}
        value={draft[field]}
        status={required && !draft[field].trim() ? 'warning' : undefined}
        placeholder={spans[field] ? undefined : 'Không thấy trong văn bản — nhập tay'}
        onFocus={focus(spans[field])}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    </Form.Item>
  );
  return (
    <Card title="Văn bản" size="small">
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            {input('number', 'Số, ký hiệu', true)}
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={label('Loại văn bản', spans.type)} htmlFor="intake-type">
              <AutoComplete
                id="intake-type"
                value={draft.type}
                options={documentTypes.map((t) => ({ value: t }))}
                onFocus={focus(spans.type)}
                onChange={(v: string) => onChange({ type: v })}
                placeholder="Theo ký hiệu số văn bản"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={label('Ngày ban hành', spans.date)} htmlFor="intake-date" required>
              <DatePicker
                id="intake-date"
                style={{ width: '100%' }}
                format={DATE_FORMAT}
                value={draft.issuedOn ? dayjs(draft.issuedOn) : null}
                status={draft.issuedOn ? undefined : 'warning'}
                onFocus={focus(spans.date)}
                onChange={(d) => onChange({ issuedOn: d ? d.format(API_DATE_FORMAT) : null })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {input('issuer', 'Cơ quan ban hành', true)}
          </Col>
          <Col span={24}>
            <Form.Item label={label('Trích yếu', spans.summary)} htmlFor="intake-summary">
              <Input.TextArea
                id="intake-summary"
                autoSize={{ minRows: 2, maxRows: 6 }}
                value={draft.summary}
                onFocus={focus(spans.summary)}
                onChange={(e) => onChange({ summary: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {input('signer', 'Người ký')}
          </Col>
          <Col xs={24} sm={12}>
            {input('signingAuthority', 'Thẩm quyền ký')}
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
