// Per-country summary and resource totals per unit, field and source.
import { Card, Col, Row, Segmented } from 'antd';
import { useState } from 'react';
import {
  type BudgetSource,
  budgetSourceLabels,
  type CommitmentField,
  commitmentFieldLabels,
  formatVnd,
} from '../../../shared/commitments';
import { useCountrySummary, useResourceTotals } from '../../api/commitments';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CommitmentsNav } from './CommitmentsNav';

const money = (n: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatVnd(n, { unit: false })}</span>;

export default function SummaryPage() {
  const countries = useCountrySummary();
  const [by, setBy] = useState<'unit' | 'field' | 'source'>('unit');
  const totals = useResourceTotals(by);
  const label = (k: string, l: string) =>
    by === 'field'
      ? (commitmentFieldLabels[k as CommitmentField] ?? k)
      : by === 'source'
        ? (budgetSourceLabels[k as BudgetSource] ?? k)
        : l || 'Chưa xác định';
  return (
    <>
      <PageHeader title="Tổng hợp theo quốc gia và nguồn lực" />
      <CommitmentsNav />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title="Theo quốc gia">
            <ListTable
              rowKey="country"
              size="small"
              pagination={false}
              loading={countries.isPending}
              dataSource={countries.data}
              columns={[
                { title: 'Quốc gia', dataIndex: 'country' },
                { title: 'Cam kết', dataIndex: 'commitments', align: 'right' },
                { title: 'Hoàn thành', dataIndex: 'done', align: 'right' },
                { title: 'Nguy cơ chậm', dataIndex: 'atRisk', align: 'right' },
                {
                  title: 'Tiến độ TB',
                  dataIndex: 'averageProgress',
                  align: 'right',
                  render: (n: number) => `${n}%`,
                },
                { title: 'Vướng mắc', dataIndex: 'openObstacles', align: 'right' },
                {
                  title: 'Kinh phí dự kiến (đồng)',
                  dataIndex: 'plannedVnd',
                  align: 'right',
                  render: money,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title="Nguồn lực"
            extra={
              <Segmented
                size="small"
                value={by}
                onChange={(v) => setBy(v as typeof by)}
                options={[
                  { value: 'unit', label: 'Đơn vị' },
                  { value: 'field', label: 'Lĩnh vực' },
                  { value: 'source', label: 'Nguồn' },
                ]}
              />
            }
          >
            <ListTable
              rowKey="key"
              size="small"
              pagination={false}
              loading={totals.isPending}
              dataSource={totals.data}
              columns={[
                { title: 'Nhóm', render: (_, r) => label(r.key, r.label) },
                { title: 'Cán bộ', dataIndex: 'staff', align: 'right' },
                {
                  title: 'Dự kiến (đồng)',
                  dataIndex: 'plannedVnd',
                  align: 'right',
                  render: money,
                },
                {
                  title: 'Đã chi (đồng)',
                  dataIndex: 'spentVnd',
                  align: 'right',
                  render: money,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
