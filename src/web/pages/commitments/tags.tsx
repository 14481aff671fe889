// Small tags the commitment pages share: status, risk, legal report, completion level.
import { Tag } from 'antd';
import {
  type CompletionLevel,
  completionLevelLabels,
  type LegalReportState,
  legalReportLabels,
} from '../../../shared/commitments';
import { type ProgressStatus, statusColors, statusLabels } from '../../../shared/status';

export const StatusTag = ({ status }: { status: ProgressStatus }) => (
  <Tag color={statusColors[status]}>{statusLabels[status]}</Tag>
);

export const RiskTag = ({ atRisk }: { atRisk: boolean }) =>
  atRisk ? <Tag color="error">Có nguy cơ chậm</Tag> : null;

const legalColors: Record<LegalReportState, string> = {
  not_applicable: 'default',
  pending: 'processing',
  met: 'success',
  late: 'warning',
  missing: 'error',
};
export const LegalTag = ({ state }: { state: LegalReportState }) =>
  state === 'not_applicable' ? null : <Tag color={legalColors[state]}>{legalReportLabels[state]}</Tag>;

const completionColors: Record<CompletionLevel, string> = {
  not_started: 'default',
  limited: 'orange',
  substantial: 'blue',
  complete: 'green',
};
export const CompletionTag = ({ level }: { level: CompletionLevel }) => (
  <Tag color={completionColors[level]}>{completionLevelLabels[level]}</Tag>
);

export const vnd = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** A select's options from a label map. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
