// One document: its fields, files, the documents it links to, its lineage, and its tasks.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/me';
import {
  type DocumentRef,
  useDeleteDocument,
  useDocument,
  useDocumentFile,
  useDocumentLink,
} from '../../api/tracking';
import { AttachmentsCard } from '../../components/AttachmentsCard';
import { PageHeader } from '../../components/PageHeader';
import { RecordHistory } from '../../components/RecordHistory';
import { formatDate } from '../../lib/format';
import { DocumentTasks } from '../tasks/DocumentTasks';
import { DocumentDrawer } from './DocumentDrawer';
import { DocumentSelect, documentLabel } from './DocumentSelect';
import { LineageView } from './Lineage';
import { SourceTextCard } from './SourceTextCard';

export default function DocumentPage() {
  const { id } = useParams();
  const { data: doc, isPending, error } = useDocument(id);
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const fileOp = useDocumentFile();
  const linkOp = useDocumentLink();
  const remove = useDeleteDocument();
  const [linking, setLinking] = useState<'implements' | 'cites' | null>(null);

  if (isPending) return <Skeleton active />;
  if (error || !doc)
    return (
      <Result
        status="404"
        title="Không tìm thấy văn bản"
        subTitle={error?.message}
        extra={<Link to="/van-ban">Về danh sách văn bản</Link>}
      />
    );

  const canEdit =
    me?.role === 'focal' ||
    ((me?.role === 'officer' || me?.role === 'head') && doc.unitId !== null && doc.unitId === me.unit?.id);
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : 'Không thực hiện được.');

  const refs = (title: string, list: DocumentRef[], kind?: 'implements' | 'cites') =>
    (list.length > 0 || kind) && (
      <Descriptions.Item label={title}>
        <Space wrap size={[4, 4]}>
          {list.map((d) => (
            <Tag
              key={d.id}
              closable={canEdit && !!kind}
              onClose={(e) => {
                e.preventDefault();
                if (kind) linkOp.mutateAsync({ id: doc.id, toId: d.id, kind, remove: true }).catch(fail);
              }}
            >
              <Link to={`/van-ban/${d.id}`}>{documentLabel(d)}</Link>
            </Tag>
          ))}
          {canEdit && kind && (
            <Button size="small" type="dashed" onClick={() => setLinking(kind)}>
              + Thêm
            </Button>
          )}
        </Space>
      </Descriptions.Item>
    );

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/van-ban">Văn bản</Link> }, { title: doc.number }]}
      />
      <PageHeader
        title={`${doc.type} số ${doc.number}`}
        extra={
          canEdit && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa
              </Button>
              <Popconfirm
                title="Xóa văn bản này?"
                description="Chỉ xóa được văn bản chưa có nhiệm vụ."
                okText="Xóa"
                cancelText="Hủy"
                onConfirm={() => remove.mutateAsync(doc.id).then(() => navigate('/van-ban'), fail)}
              >
                <Button danger icon={<DeleteOutlined />}>
                  Xóa
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title="Thông tin văn bản" size="small">
            <Descriptions column={1} size="small" labelStyle={{ width: 170 }}>
              <Descriptions.Item label="Số, ký hiệu">{doc.number}</Descriptions.Item>
              <Descriptions.Item label="Loại">{doc.type}</Descriptions.Item>
              <Descriptions.Item label="Cơ quan ban hành">{doc.issuer}</Descriptions.Item>
              <Descriptions.Item label="Ngày ban hành">{formatDate(doc.issuedOn)}</Descriptions.Item>
              <Descriptions.Item label="Trích yếu">{doc.summary || '—'}</Descriptions.Item>
              <Descriptions.Item label="Người ký">
                {[doc.signingAuthority, doc.signer].filter(Boolean).join(' ') || '—'}
              </Descriptions.Item>
              {doc.unitName && (
                <Descriptions.Item label="Văn bản của đơn vị">{doc.unitName}</Descriptions.Item>
              )}
              {refs('Triển khai văn bản', doc.implements, 'implements')}
              {refs('Căn cứ văn bản', doc.cites, 'cites')}
              {refs('Được triển khai bởi', doc.implementedBy)}
              {refs('Được viện dẫn bởi', doc.citedBy)}
            </Descriptions>
            {linking && (
              <Space.Compact style={{ width: '100%', marginTop: 8 }}>
                <DocumentSelect
                  exclude={doc.id}
                  style={{ width: '100%' }}
                  placeholder={
                    linking === 'implements' ? 'Văn bản mà văn bản này triển khai' : 'Văn bản được viện dẫn'
                  }
                  onChange={(ids) => {
                    const toId = Array.isArray(ids) ? ids[ids.length - 1] : ids;
                    if (toId)
                      linkOp
                        .mutateAsync({ id: doc.id, toId, kind: linking })
                        .then(() => setLinking(null), fail);
                  }}
                />
                <Button onClick={() => setLinking(null)}>Đóng</Button>
              </Space.Compact>
            )}
          </Card>
          <AttachmentsCard
            style={{ marginTop: 16 }}
            files={doc.files}
            canEdit={canEdit}
            busy={fileOp.isPending}
            onAdd={(file) => fileOp.mutateAsync({ id: doc.id, file })}
            onRemove={(removeId) => fileOp.mutateAsync({ id: doc.id, removeId })}
          />
          {doc.sourceText && <SourceTextCard text={doc.sourceText} />}
        </Col>
        <Col xs={24} xl={10}>
          <Card title="Chuỗi văn bản" size="small">
            <LineageView documentId={doc.id} />
          </Card>
        </Col>
        <Col span={24}>
          <DocumentTasks document={doc} canEdit={me?.role === 'focal'} />
        </Col>
        <Col span={24}>
          <Card title="Lịch sử thay đổi" size="small">
            <RecordHistory entity="document" entityId={doc.id} />
          </Card>
        </Col>
      </Row>
      <DocumentDrawer
        open={editing}
        document={doc}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </>
  );
}
