// One commitment: its facts, legal report obligation, roadmap, reviews, resources, obstacles and
// timeline. What a reader may change follows their role (the API checks again).
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Progress, Result, Row, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  commitmentFieldLabels,
  commitmentFormLabels,
  legalReportText,
  partnerKindLabels,
  validityText,
} from '../../../shared/commitments';
import { useCommitment, useObstacles } from '../../api/commitments';
import { useMe } from '../../api/me';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { ObstacleTable } from '../obstacles/ObstacleTable';
import { RaiseObstacleButton } from '../obstacles/RaiseObstacleButton';
import { CommitmentDrawer } from './CommitmentDrawer';
import { MilestonesCard } from './MilestonesCard';
import { ResourcesCard } from './ResourcesCard';
import { ReviewsCard } from './ReviewsCard';
import { TimelineCard } from './TimelineCard';
import { LegalTag, RiskTag, StatusTag } from './tags';

export default function CommitmentPage() {
  const { id } = useParams();
  const { data: me } = useMe();
  const { data: c, isPending, error } = useCommitment(id);
  const obstacles = useObstacles({ subjectId: id, pageSize: 100 });
  const [editing, setEditing] = useState(false);
  if (isPending) return <Spin />;
  if (error || !c || !me)
    return (
      <Result status="404" title="Không tìm thấy cam kết" extra={<Link to="/cam-ket">Về sổ theo dõi</Link>} />
    );

  const myUnit = me.role === 'officer' || me.role === 'head' ? (me.unit?.id ?? null) : null;
  const isFocal = me.role === 'focal';
  const canPlan = isFocal || (!!myUnit && myUnit === c.leadUnitId);
  const assigned = !!myUnit && (myUnit === c.leadUnitId || c.coordinatingUnitIds.includes(myUnit));

  return (
    <>
      <PageHeader
        title={c.title}
        extra={
          isFocal && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              Sửa
            </Button>
          )
        }
      >
        <Space wrap style={{ marginTop: 8 }}>
          <StatusTag status={c.status} />
          <RiskTag atRisk={c.atRisk} />
          <LegalTag state={c.legalReport} />
          {c.priority && <Tag color="gold">Ưu tiên {c.priority}</Tag>}
          {c.expiringSoon && <Tag color="warning">Sắp hết hiệu lực</Tag>}
        </Space>
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Flex align="center" gap={16} wrap style={{ marginBottom: 12 }}>
                <Progress
                  type="circle"
                  percent={c.progress}
                  size={72}
                  status={c.atRisk ? 'exception' : undefined}
                  data-testid="commitment-progress"
                />
                <div>
                  <div>
                    <b>{commitmentFormLabels[c.form]}</b> với <b>{c.partner}</b> (
                    {partnerKindLabels[c.partnerKind].toLowerCase()}, {c.country})
                  </div>
                  <div>Lĩnh vực: {commitmentFieldLabels[c.field]}</div>
                </div>
              </Flex>
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                bordered
                items={[
                  { key: 'a', label: 'Hoạt động', children: c.activityTitle ?? 'Độc lập' },
                  { key: 's', label: 'Ngày ký', children: formatDate(c.signedOn) },
                  { key: 'p', label: 'Người ký', children: c.signatories || '—' },
                  {
                    key: 'v',
                    label: 'Hiệu lực',
                    children: <span data-testid="commitment-validity">{validityText(c)}</span>,
                  },
                  { key: 'l', label: 'Chủ trì', children: c.leadUnit?.name ?? '—' },
                  {
                    key: 'c',
                    label: 'Phối hợp',
                    children: c.coordinatingUnits.map((u) => u.name).join('; ') || '—',
                  },
                  ...(c.provinceAgreement
                    ? [
                        {
                          key: 'r',
                          label: 'Báo cáo Thủ tướng (15 ngày)',
                          span: 2,
                          children: (
                            <>
                              <span data-testid="commitment-legal-report">{legalReportText(c)}</span>{' '}
                              <LegalTag state={c.legalReport} />
                            </>
                          ),
                        },
                      ]
                    : []),
                  ...(c.content
                    ? [
                        {
                          key: 'n',
                          label: 'Nội dung',
                          span: 2,
                          children: <div style={{ whiteSpace: 'pre-line' }}>{c.content}</div>,
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            <MilestonesCard c={c} canPlan={canPlan} myUnitId={myUnit} />
            <ReviewsCard commitmentId={c.id} canReview={canPlan} />
            <ResourcesCard c={c} canPlan={canPlan} />
            <Card
              size="small"
              title="Vướng mắc"
              extra={
                (assigned || isFocal) && <RaiseObstacleButton subjectType="commitment" subjectId={c.id} />
              }
            >
              <ObstacleTable
                items={obstacles.data?.items}
                loading={obstacles.isPending}
                showSubject={false}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <TimelineCard commitmentId={c.id} />
        </Col>
      </Row>
      {editing && <CommitmentDrawer commitment={c} onClose={() => setEditing(false)} />}
    </>
  );
}
